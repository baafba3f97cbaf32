/**
 * A city's name written with a noun of the region named after it names that region, not the city:
 * "Kessel province" and "the coastal province of Kessel" are "Kessel Province", "the state of
 * Kessel" "Kessel State". Only a city the gazetteer knows (a province no city bears is the place
 * named alone, lib/kb/region-forms.ts), and not a US state's name ("Ohio state" is Ohio;
 * place-homonyms.ts reads "Washington state"). Whether the corpus keeps the region apart from the
 * city is the KB's call (lib/kb/city-regions.ts).
 */
import type { Detected } from './detect';
import { gazetteerLookup, isUsState } from './gazetteer';
import { CITY_PART_NOUNS, CITY_REGION_NOUNS } from './place-words';

const capitalized = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

/** The noun of the region the sentence writes around `d`, if any: "province" of "Kessel province". */
function regionNoun(d: Detected): string | undefined {
  const { words } = d.sentence;
  const last = words[d.last];
  // "Kessel province's governor": the noun's possessive is the region's. Before a noun in lowercase it
  // is that noun's adjective: "Kessel state media" are the city's country's.
  const noun = words[d.last + 1];
  const after = (noun?.text ?? '').replace(/['’]s$/, '');
  const modified = words[d.last + 2];
  const adjective = noun && !noun.possessive && /^\s+$/.test(noun.post) && modified && /^\p{Ll}/u.test(modified.text) && modified.tags.has('Noun');
  if (last && !last.possessive && /^\s+$/.test(last.post) && CITY_REGION_NOUNS.has(after) && !adjective) return after;
  const before = words[d.first - 2];
  if (words[d.first - 1]?.text === 'of' && before && /^\s+$/.test(before.post) && CITY_REGION_NOUNS.has(before.text) && !CITY_PART_NOUNS.has(before.text))
    return before.text;
  return undefined;
}

/** A city the gazetteer knows, under its own name: not one a sentence already told apart ("Tripoli, Lebanon"). */
function namesCity(d: Detected): boolean {
  const entry = gazetteerLookup(d.text);
  return d.type === 'place' && entry?.kind === 'city' && d.name === entry.name && !isUsState(d.text);
}

/** Renames, in place, the cities of `detected` a noun of their region qualifies: "Kessel" of "Kessel province" is "Kessel Province". */
export function readCityRegions(detected: readonly Detected[]): void {
  for (const d of detected) {
    // The sentence's words first: the gazetteer only for the few places a region's noun qualifies.
    const noun = d.type === 'place' ? regionNoun(d) : undefined;
    if (noun && namesCity(d)) d.name = `${d.name} ${capitalized(noun)}`;
  }
}

/** The city's name of a mention renamed here ("Kessel" of "Kessel Province"), whose text names the city, not the region. */
export function cityOfRegionReading(d: Detected): string | undefined {
  const head = d.name.slice(d.name.lastIndexOf(' ') + 1).toLowerCase();
  if (d.type !== 'place' || !CITY_REGION_NOUNS.has(head)) return undefined;
  const city = gazetteerLookup(d.text)?.name;
  return city !== undefined && d.name === `${city} ${capitalized(head)}` ? city : undefined;
}
