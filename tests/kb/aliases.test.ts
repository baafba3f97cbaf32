/** What a mention teaches as aliases: a title only for people, and no stray punctuation. */
import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/corpus/record-article';
import { buildKb } from '../../lib/kb/build';

const kbOf = (text: string) => buildKb([recordArticle('a.jsonl#1', { text, date: '2020-01-01', title: null, source: null, url: null, authors: [] })]);

describe('aliases a mention teaches', () => {
  it('gives a title to a person, never to a place ("Miss USA" is no name of the United States)', () => {
    const kb = kbOf(
      'The pageant in Reno crowned a new Miss USA on Sunday. The winner will represent the United States abroad. In Tokyo, President Kessler told reporters that the talks had gone well.',
    );
    expect(kb.entities.find((e) => e.id === 'united-states')?.aliases).not.toContain('Miss USA');
    expect(kb.entities.find((e) => e.name === 'Kessler')?.aliases).toContain('President Kessler');
  });

  it('gives a person only a title written whole: no place before the name, no last word of a longer title', () => {
    const kb = kbOf(
      'The governor of Ohio Jane Roeburn signed the bill on Monday. Earlier, the prime Minister Arlo Venmark met farmers. Crowds greeted former President Lena Vargosa in Reno. Vice President Ivo Brandtke and militia leader Colonel Mara Quellet came too. It was signed by then-Prime Minister Tomas Ekvall.',
    );
    const aliases = (name: string) => kb.entities.find((e) => e.name === name)?.aliases;
    expect(aliases('Jane Roeburn')).toEqual(['Jane Roeburn']);
    expect(aliases('Arlo Venmark')).toEqual(['Arlo Venmark']);
    expect(aliases('Ivo Brandtke')).toEqual(['Ivo Brandtke']);
    expect(aliases('Tomas Ekvall')).toEqual(['Tomas Ekvall']);
    expect(aliases('Lena Vargosa')).toContain('President Lena Vargosa');
    expect(aliases('Mara Quellet')).toContain('Colonel Mara Quellet');
  });

  it('keeps no titled form of a person guessed in a few documents on the place the others name', () => {
    // A title opening a sentence reads the place as a person there; the place of the other documents takes the document, not the title.
    const texts = [
      'Miss Turkey waved to the crowd in Izmir on Sunday.',
      ...[1, 2, 3, 4, 5].map((n) => `Floods hit Turkey again on day ${n}, and aid reached Izmir.`),
    ];
    const kb = buildKb(
      texts.map((text, i) => recordArticle(`a.jsonl#${i + 1}`, { text, date: '2020-01-01', title: null, source: null, url: null, authors: [] })),
    );
    const turkey = kb.entities.filter((e) => e.name === 'Turkey');
    expect(turkey.map((e) => [e.type, e.docs.length])).toEqual([['place', 6]]);
    expect(turkey[0]?.aliases).toEqual(['Turkey']);
  });

  it('keeps a surface form without the punctuation that closes its sentence, and "area" only on a place smaller than a country', () => {
    const kb = kbOf('Rain fell across the Lisbon area and the Portugal area (near the U.S.). Floods reached the U.S.. Then it stopped.');
    expect(kb.entities.find((e) => e.id === 'united-states')?.aliases).toEqual(['U.S.', 'United States']);
    expect(kb.entities.find((e) => e.id === 'lisbon')?.aliases).toContain('Lisbon area');
    expect(kb.entities.find((e) => e.id === 'portugal')?.aliases).toEqual(['Portugal']);
  });
});

describe('places of one name told apart', () => {
  it('gives a US state its own entity without the bare name, which stays the country’s', () => {
    const kb = kbOf('Storms hit Marietta and Atlanta, Georgia, on Monday. Troops left Tbilisi, Georgia, the same day.');
    const state = kb.entities.find((e) => e.name === 'Georgia (U.S. state)');
    expect(state?.aliases).toEqual(['Georgia (U.S. state)']);
    expect(kb.entities.find((e) => e.name === 'Georgia')?.aliases).toContain('Georgia');
    expect(kb.entities.filter((e) => e.name.startsWith('Georgia')).map((e) => e.docs.length)).toEqual([1, 1]);
  });
});
