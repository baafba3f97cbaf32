/**
 * Countries behind the words news uses for them in events: demonyms ("North Korean troops",
 * "Russians") and capitals ("Pyongyang" shipping to "Moscow"). Same data as the gazetteer.
 */
import { aliasKey } from './alias-key';
import countries from './data/countries.json';

let byDemonym: Map<string, string> | undefined;
let byCapital: Map<string, string> | undefined;
let capitals: Map<string, string> | undefined;

function load(): void {
  byDemonym = new Map();
  byCapital = new Map();
  capitals = new Map();
  // UN members first: "American" is the United States, not the Northern Mariana Islands.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (!byDemonym.has(aliasKey(d))) byDemonym.set(aliasKey(d), c.name.common);
    // "Washington, D.C." is written "Washington" in prose, as the gazetteer names it.
    const capital = c.capital[0]?.replace(/,?\s+D\.C\.$/, '');
    if (!capital) continue;
    if (!byCapital.has(aliasKey(capital))) byCapital.set(aliasKey(capital), c.name.common);
    capitals.set(aliasKey(c.name.common), capital);
  }
}

/** "North Korean", "North Koreans", "Russian" → the country's common name. */
export function countryOfDemonym(surface: string): string | null {
  if (!byDemonym) load();
  const key = aliasKey(surface);
  return byDemonym?.get(key) ?? byDemonym?.get(key.replace(/s$/, '')) ?? null;
}

/** "Pyongyang" → "North Korea"; null for cities that are not a capital. */
export function countryOfCapital(city: string): string | null {
  if (!byCapital) load();
  return byCapital?.get(aliasKey(city)) ?? null;
}

/** "Ukraine" → "Kyiv": for "the capital of Ukraine". */
export function capitalOf(country: string): string | null {
  if (!capitals) load();
  return capitals?.get(aliasKey(country)) ?? null;
}
