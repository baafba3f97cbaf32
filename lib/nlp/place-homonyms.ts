/**
 * Places of one name told apart by what the sentence writes beside them. The gazetteer gives a
 * name one place ("Georgia" the country, "Washington" the US capital, "Tripoli" Libya's), but:
 * - a US state's name is the state after a US city ("Atlanta, Georgia", "Seattle, Washington"), or
 *   after a town the gazetteer does not know where the other place is a city ("Marlow Creek,
 *   Washington"; "Marlow Creek, Georgia" may be the country's town), or
 *   between any place and ", United States" ("Wawayanda, New York, United States"),
 *   after "state of" or before "state", beside another state in a list ("Alabama and Georgia"),
 *   and, where the other place is a country, before ", United States" or among places of the US
 *   only, a state or a city among them: "Georgia (U.S. state)";
 * - a city qualified by a US state or a country, where the gazetteer knows no city of its name
 *   there, is another place of its name: "Dublin, California", "Birmingham, Alabama", "Tripoli,
 *   Lebanon"; and so is the city's name alone in the rest of that document.
 */
import type { Detected } from './detect';
import { countriesOfCity, countryCodeOf, gazetteerLookup, isDemonym, isUsState, otherPlaceOfStateName } from './gazetteer';

const US = 'US';
const STATE = ' (U.S. state)';

/** Between two names of a list: "Alabama, Georgia", "Alabama and Georgia", "Alabama, and Georgia". */
const LIST_GAP = /^(?:,\s*|\s+and\s+|,\s+and\s+)$/;
/** Between a place and the country or state it lies in: "Tripoli, Lebanon". */
const QUALIFIER_GAP = /^,\s+$/;

/** The country code of a place named as a country or a state ("Lebanon" → "LB", "Ohio" → "US"). */
const codeOf = (p: Detected) => (p.name.endsWith(STATE) ? US : countryCodeOf(p.name));

/** A city the gazetteer puts in the United States only ("Atlanta", "Seattle"). */
function usCity(p: Detected): boolean {
  const codes = countriesOfCity(p.name);
  return codes.size === 1 && codes.has(US);
}

/**
 * A place the gazetteer puts nowhere but the United States: a US city, or a town it does not know
 * ("Marlow Creek, Washington"). Not a country or another country's city ("Moscow, Washington and Beijing" is a list).
 */
const notAbroad = (p: Detected) => usCity(p) || (!gazetteerLookup(p.text) && !countriesOfCity(p.name).size);

/** The place the gazetteer gives a US state's name, when it is another one: the country Georgia, the city Washington. */
function otherPlaceOfState(d: Detected): 'country' | 'city' | null {
  const entry = d.type === 'place' ? otherPlaceOfStateName(d.text) : undefined;
  return entry ? (entry.kind === 'country' ? 'country' : 'city') : null;
}

/** "the state of Georgia", "the US state of Georgia", "Washington state"; not "the European state of Georgia". */
function saysState(d: Detected): boolean {
  const { words } = d.sentence;
  const before = words[d.first - 3];
  if (words[d.first - 1]?.text === 'of' && /^state$/i.test(words[d.first - 2]?.text ?? '') && !(before && isDemonym(before.text))) return true;
  return words[d.last + 1]?.text === 'state';
}

function readsAsState(d: Detected, other: 'country' | 'city', places: readonly Detected[], text: string): boolean {
  const at = places.indexOf(d);
  const previous = places[at - 1];
  const next = places[at + 1];
  const gap = (a: Detected, b: Detected) => text.slice(a.end, b.start);
  // "New York City, Washington, DC": the sentence writes the other place out.
  if (next && next.name === d.name && QUALIFIER_GAP.test(gap(d, next))) return false;
  // A country's towns the gazetteer does not know are as many as a state's ("Poti, Georgia"): only a US city says the state there.
  const inState = previous && (other === 'city' ? notAbroad(previous) : usCity(previous));
  if (inState && QUALIFIER_GAP.test(gap(previous, d)) && !otherPlaceOfState(previous)) return true;
  if (saysState(d)) return true;
  // "Wawayanda, New York, United States": between a place and the country, the state it lies in.
  const country = next && QUALIFIER_GAP.test(gap(d, next)) && next.name === 'United States';
  if (country && previous && QUALIFIER_GAP.test(gap(previous, d))) return true;
  const listed = (p: Detected | undefined, g: string) => p !== undefined && LIST_GAP.test(g) && isUsState(p.text) && !otherPlaceOfState(p);
  if (listed(previous, previous ? gap(previous, d) : '') || listed(next, next ? gap(d, next) : '')) return true;
  if (other !== 'country') return false;
  if (next && QUALIFIER_GAP.test(gap(d, next)) && codeOf(next) === US) return true;
  // Places of the US only, one of them inside it: not "The United States warns Georgia".
  const others = places.filter((p) => p !== d && p.name !== d.name);
  return others.some((p) => p.name !== 'United States' && (codeOf(p) === US || usCity(p))) && others.every((p) => codeOf(p) === US || usCity(p));
}

/** True for a mention renamed here: "Georgia" read as "Georgia (U.S. state)", "Dublin" as "Dublin, California". */
export const toldApart = (d: Detected) => d.type === 'place' && (d.name.endsWith(STATE) || d.name.startsWith(`${gazetteerLookup(d.text)?.name ?? d.text}, `));

/** Renames, in place, the mentions of `detected` (in text order) that name another place of their name. */
export function tellPlacesApart(text: string, detected: readonly Detected[]): void {
  const bySentence = new Map<Detected['sentence'], Detected[]>();
  /** Cities written with the place they lie in ("Dublin, Ireland"): their own sentence says which they are. */
  const qualified = new Set<Detected>();
  for (const d of detected) if (d.type === 'place') bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  for (const places of bySentence.values()) {
    for (const d of places) {
      const other = otherPlaceOfState(d);
      if (other && readsAsState(d, other, places, text)) d.name = `${d.text}${STATE}`;
    }
    for (const [at, d] of places.entries()) {
      const next = places[at + 1];
      const cityOf = countriesOfCity(d.name);
      if (!next || !cityOf.size || d.name.endsWith(STATE) || !QUALIFIER_GAP.test(text.slice(d.end, next.start))) continue;
      qualified.add(d);
      const code = codeOf(next);
      // "Dublin, California", "Tripoli, Lebanon" (a country the gazetteer knows: no "Tripoli, North").
      if (code && !cityOf.has(code) && (code === US ? next.name !== 'United States' : gazetteerLookup(next.text)?.kind === 'country'))
        d.name = `${d.name}, ${next.text}`;
    }
  }
  // The document that wrote "Tripoli, Lebanon" means that Tripoli by "Tripoli" alone too (one other place of the name only).
  const others = new Map<string, Set<string>>();
  for (const d of detected) if (d.type === 'place' && d.name.startsWith(`${d.text}, `)) others.set(d.text, (others.get(d.text) ?? new Set()).add(d.name));
  for (const d of detected) {
    const named = d.type === 'place' && d.name === d.text && !qualified.has(d) ? others.get(d.text) : undefined;
    if (named?.size === 1) d.name = [...named][0] as string;
  }
}
