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
});

describe('cleanSurface', () => {
  it('straightens apostrophes and collapses whitespace', () => {
    expect(cleanSurface('South  Korea’s national\nsecurity advisor')).toBe("South Korea's national security advisor");
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
