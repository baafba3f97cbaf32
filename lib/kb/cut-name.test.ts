import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../reg-exp';
import { isCutName, wholeWordsAt } from './cut-name';

const at = (sentence: string, name: string) => [...wholeWordsAt(sentence, name)];

describe('wholeWordsAt', () => {
  it('finds a name with no letter or digit on either side, a letter of two code units included', () => {
    expect(at('Tessaly Bridges, Tessaly Bridge2, Tessaly Bridgeé, 𝐀Tessaly Bridge, Tessaly Bridge𝐀', 'Tessaly Bridge')).toEqual([]);
    expect(at('"Tessaly Bridge", 😀Tessaly Bridge and Velmar–Tessaly Bridge.', 'Tessaly Bridge')).toEqual([1, 20, 46]);
  });

  it('reads left to right without overlaps, and past a match that is part of a word', () => {
    expect(at('aa aaa aa', 'aa')).toEqual([0, 7]);
    expect(at('a-a-a', 'a-a')).toEqual([0]);
    expect(at('Xa-a a-a', 'a-a')).toEqual([5]);
  });

  // The search by indexOf finds what the whole-word regular expression it replaced found.
  it('agrees with a whole-word regular expression', () => {
    const unit = fc.constantFrom(...['A', 'b', ' ', '-', '–', '2', 'é', '𝐀', '😀', '.', "'"]);
    const text = (max: number) => fc.array(unit, { minLength: 1, maxLength: max }).map((u) => u.join(''));
    fc.assert(
      fc.property(text(3), text(16), (name, sentence) => {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
        expect(at(sentence, name)).toEqual([...sentence.matchAll(pattern)].map((m) => m.index));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isCutName', () => {
  it('judges only whole-word mentions of the name', () => {
    expect(isCutName('Tessaly Bridge', ['The Velmar–Tessaly Bridge and the Tessaly Bridges opened.'])).toBe(true);
    expect(isCutName('Tessaly Bridge', ['The Velmar–Tessaly Bridge and "Tessaly Bridge" opened.'])).toBe(false);
    expect(isCutName('Tessaly Bridge', ['Crowds cross the Tessaly Bridges.'])).toBe(false);
  });
});
