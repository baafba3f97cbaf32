import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasKey, aliasSurface, cleanSurface } from './alias-key';

describe('aliasKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['Kim Jong-un', 'kim jong un'],
    ['Kim Jong Un', 'kim jong un'],
    ['Democratic People’s Republic of Korea', "democratic people's republic of korea"],
    ["Democratic People's Republic of Korea", "democratic people's republic of korea"],
    ['N. Korea', 'north korea'],
    ['KYIV', 'kyiv'],
    ['Kyïv', 'kyiv'],
    ['Russia’s', 'russia'],
    ['Yoon Suk-yeol', 'yoon suk yeol'],
    ['  Indo-Pacific   region ', 'indo pacific region'],
    ['U.N. Security Council', 'un security council'],
  ])('%s → %s', (surface, key) => {
    expect(aliasKey(surface)).toBe(key);
  });

  it('keeps a lone initial that is not a compass point', () => {
    expect(aliasKey('George W. Bush')).toBe('george w bush');
  });

  // Names of plain words take a shortcut. A combining accent after a name sends the same name down
  // the full path (the accent is dropped there), which the shortcut must agree with.
  it('gives a name of plain words the key the full normalization gives', () => {
    const text = fc.string({ unit: fc.constantFrom(..."aZ09 .-’'é\u00a0".split('')), maxLength: 12 });
    fc.assert(fc.property(text, (s) => aliasKey(s) === aliasKey(`${s}\u0301`)));
  });
});

describe('cleanSurface', () => {
  it('straightens apostrophes and collapses whitespace', () => {
    expect(cleanSurface('South  Korea’s national\nsecurity advisor')).toBe("South Korea's national security advisor");
  });

  // A surface already clean is returned as it is; a space in front sends it down the full path.
  it('returns what the full cleaning returns', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aZ ’`\t\n\u00a0.'.split('')), maxLength: 12 });
    fc.assert(fc.property(text, (s) => cleanSurface(s) === cleanSurface(` ${s}`)));
  });
});

describe('aliasSurface', () => {
  it('drops a closing bracket the alias never opened and a full stop after an abbreviation', () => {
    expect(aliasSurface('DRC)')).toBe('DRC');
    expect(aliasSurface('India]]')).toBe('India');
    expect(aliasSurface('U.S..')).toBe('U.S.');
    expect(aliasSurface('Washington D.C...')).toBe('Washington D.C.');
  });

  it('keeps brackets that pair and a single full stop', () => {
    expect(aliasSurface('Democratic Republic of the Congo (DRC)')).toBe('Democratic Republic of the Congo (DRC)');
    expect(aliasSurface('U.S.')).toBe('U.S.');
    expect(aliasSurface('Sudan People’s Liberation Movement')).toBe("Sudan People's Liberation Movement");
  });
});
