/** Names prose gives a country that its package spells otherwise are that country. */
import { describe, expect, it } from 'vitest';
import { gazetteerLookup } from './gazetteer';
import { COUNTRY_ALIASES_IN_PROSE, COUNTRY_NAMES_IN_PROSE } from './known-names';

describe('a country named as prose names it', () => {
  it('is the package country under its common name', () => {
    for (const [country, names] of COUNTRY_ALIASES_IN_PROSE) {
      expect(gazetteerLookup(country)?.name, country).toBe(country);
      for (const name of names) expect(gazetteerLookup(name)?.name, name).toBe(country);
    }
  });

  it('is listed once, not also as a country of its own', () => {
    const own = new Set(COUNTRY_NAMES_IN_PROSE.flat());
    const names = [...COUNTRY_ALIASES_IN_PROSE.values()].flat();
    expect(names.filter((n) => own.has(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
