import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countries';
import { adjectiveOfCountry } from './country-adjective';
import ADJECTIVES from './data/country-adjectives.json';
import { countryOfAdjective } from './gazetteer';

describe('adjectiveOfCountry', () => {
  it.each([
    ['Philippines', 'Filipino'],
    ['United Kingdom', 'British'],
    ['Norway', 'Norwegian'],
    // News spellings where the package's is one news does not write.
    ['Kyrgyzstan', 'Kyrgyz'],
    ['Maldives', 'Maldivian'],
  ])('%s → %s', (country, adjective) => {
    expect(adjectiveOfCountry(country)).toBe(adjective);
  });

  it('gives no noun of a people, nor two adjectives', () => {
    expect(adjectiveOfCountry('Iceland')).toBeUndefined();
    expect(adjectiveOfCountry('Antigua and Barbuda')).toBeUndefined();
  });

  it('gives only adjectives that read back as their country', () => {
    for (const c of COUNTRIES) {
      const adjective = adjectiveOfCountry(c.name.common);
      if (adjective) expect(countryOfAdjective(adjective)).toBe(c.name.common);
    }
  });

  it('lists as not written only adjectives the package gives, once each', () => {
    const given = new Set(COUNTRIES.map((c) => c.demonyms?.eng?.m));
    expect(ADJECTIVES.notWritten.filter((a) => !given.has(a))).toEqual([]);
    expect(ADJECTIVES.notWritten.filter((a, i) => ADJECTIVES.notWritten.indexOf(a) !== i)).toEqual([]);
  });
});
