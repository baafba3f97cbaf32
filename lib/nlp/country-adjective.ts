/**
 * A country's nationality adjective, the reverse of countryOfAdjective: "Philippines" → "Filipino",
 * "United Kingdom" → "British". The country package's, else the spelling news writes that the word
 * lists keep ("Kyrgyz" where news never writes the package's "Kirghiz"); never a noun of the people
 * ("Icelander", "Cook Islander") or two adjectives ("Antiguan, Barbudan"). Only an adjective that
 * reads back as the same country, so a role written with it ("Filipino Senator") is canonical again as itself.
 */
import { COUNTRIES } from './countries';
import ADJECTIVES from './data/country-adjectives.json';
import DEMONYM_SPELLINGS from './data/demonym-spellings.json';
import { countryOfAdjective, gazetteerLookup } from './gazetteer';

/** A people's noun or two adjectives, no adjective to write before a title. */
const NOT_AN_ADJECTIVE = /er$|,| or /;
const NOT_WRITTEN: ReadonlySet<string> = new Set(ADJECTIVES.notWritten);

let adjectiveByCountry: Map<string, string> | undefined;

function adjectives(): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of COUNTRIES) {
    const name = gazetteerLookup(c.name.common)?.name;
    const adjective = c.demonyms?.eng?.m;
    const written = adjective !== undefined && adjective !== name && !NOT_AN_ADJECTIVE.test(adjective) && !NOT_WRITTEN.has(adjective);
    if (name && written && !map.has(name)) map.set(name, adjective);
  }
  for (const [adjective, country] of Object.entries(DEMONYM_SPELLINGS.spellings)) if (!map.has(country)) map.set(country, adjective);
  for (const [country, adjective] of map) if (countryOfAdjective(adjective) !== country) map.delete(country);
  return map;
}

/** The adjective of the country the gazetteer names `country` ("Iran" → "Iranian"), or undefined. */
export function adjectiveOfCountry(country: string): string | undefined {
  adjectiveByCountry ??= adjectives();
  return adjectiveByCountry.get(country);
}
