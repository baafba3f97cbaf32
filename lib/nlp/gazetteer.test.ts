/** Names prose gives a country that its package spells otherwise are that country. */
import { describe, expect, it } from 'vitest';
import { aliasKey } from './alias-key';
import { COUNTRIES as countries } from './countries';
import DEMONYM_SPELLINGS from './data/demonym-spellings.json';
import { countryOfAdjective, gazetteerLookup, isDemonym } from './gazetteer';
import { COUNTRY_ALIASES_IN_PROSE, COUNTRY_COMMON_NAMES_IN_PROSE, COUNTRY_NAMES_IN_PROSE } from './known-names';

describe('a country named as prose names it', () => {
  it('is the package country under its common name', () => {
    for (const [country, names] of COUNTRY_ALIASES_IN_PROSE) {
      expect(gazetteerLookup(country)?.name, country).toBe(country);
      for (const name of names) expect(gazetteerLookup(name)?.name, name).toBe(country);
    }
  });

  it('is the package country under the common name news gives it, its package name one of its spellings', () => {
    for (const [packaged, prose] of COUNTRY_COMMON_NAMES_IN_PROSE) {
      expect(gazetteerLookup(prose)?.name, prose).toBe(prose);
      expect(gazetteerLookup(packaged)?.name, packaged).toBe(prose);
    }
    expect(countryOfAdjective('Turkish')).toBe('Turkey');
  });

  it('is listed once, not also as a country of its own', () => {
    const own = new Set(COUNTRY_NAMES_IN_PROSE.flat());
    const names = [...COUNTRY_ALIASES_IN_PROSE.values()].flat();
    expect(names.filter((n) => own.has(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('a nationality adjective spelt otherwise than its package country', () => {
  it('names that country and reads as a demonym', () => {
    expect(countryOfAdjective('Ecuadorian')).toBe('Ecuador');
    expect(countryOfAdjective('Maldivian')).toBe('Maldives');
    expect(isDemonym('Maldivian')).toBe(true);
  });

  it('is a spelling the package lacks, of a country it has', () => {
    const own = new Set(countries.flatMap((c) => Object.values(c.demonyms?.eng ?? {})).map(aliasKey));
    for (const [spelling, country] of Object.entries(DEMONYM_SPELLINGS.spellings)) {
      expect(own.has(aliasKey(spelling)), spelling).toBe(false);
      expect(gazetteerLookup(country)?.kind, country).toBe('country');
    }
  });
});

describe("a country's adjective in its own language", () => {
  it('is no name of it', () => {
    for (const word of DEMONYM_SPELLINGS.notNames) expect(gazetteerLookup(word), word).toBeUndefined();
  });

  it("is one the package lists among a country's spellings", () => {
    const spellings = new Set(countries.flatMap((c) => c.altSpellings));
    expect(DEMONYM_SPELLINGS.notNames.filter((w) => !spellings.has(w))).toEqual([]);
  });
});
