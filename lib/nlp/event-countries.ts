/**
 * Countries behind the words news uses for them in events: demonyms ("North Korean troops",
 * "Russians"), capitals ("Pyongyang" shipping to "Moscow"), seats of government ("the Kremlin")
 * and "the North" where the article names North Korea. Same data as the gazetteer, and
 * data/country-stand-ins.json.
 */
import { aliasKey } from './alias-key';
import { COUNTRIES as countries } from './countries';
import STAND_INS from './data/country-stand-ins.json';

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

const bySeat = new Map(Object.entries(STAND_INS.seats).map(([seat, country]) => [aliasKey(seat), country]));

/** "Kremlin" → "Russia": the seat of a government standing for its country. */
export function countryOfSeat(name: string): string | null {
  return bySeat.get(aliasKey(name)) ?? null;
}

/**
 * What "the North" and "the South" stand for in an article that names `named` (canonical names):
 * "north" → "North Korea" when North Korea is the only country of that short form it names.
 */
export function shortFormsSetUp(named: Iterable<string>): ReadonlyMap<string, string> {
  const keys = new Set([...named].map(aliasKey));
  const setUp = new Map<string, string>();
  for (const [form, candidates] of Object.entries(STAND_INS.shortForms)) {
    const found = candidates.filter((c) => keys.has(aliasKey(c)));
    if (found.length === 1) setUp.set(form, found[0] as string);
  }
  return setUp;
}
