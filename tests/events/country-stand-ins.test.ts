/** data/country-stand-ins.json is data: every country it names is one the gazetteer knows, each seat once. */
import { expect, it } from 'vitest';
import { aliasKey } from '../../lib/nlp/alias-key';
import { COUNTRIES as countries } from '../../lib/nlp/countries';
import STAND_INS from '../../lib/nlp/data/country-stand-ins.json';
import { countryOfSeat, shortFormsSetUp } from '../../lib/nlp/event-countries';

const known = new Set(countries.map((c) => c.name.common));

it('names only countries the gazetteer knows, each seat once', () => {
  const named = [...Object.values(STAND_INS.seats), ...Object.values(STAND_INS.shortForms).flat()];
  expect(named.filter((c) => !known.has(c))).toEqual([]);
  const seats = Object.keys(STAND_INS.seats).map(aliasKey);
  expect(seats.filter((s, i) => seats.indexOf(s) !== i)).toEqual([]);
});

it('reads a seat as its country, and "the North" only where the article names North Korea', () => {
  expect(countryOfSeat('Kremlin')).toBe('Russia');
  expect(countryOfSeat('Paris')).toBeNull();
  expect([...shortFormsSetUp(['North Korea', 'Russia'])]).toEqual([['north', 'North Korea']]);
  expect([...shortFormsSetUp(['Russia'])]).toEqual([]);
});
