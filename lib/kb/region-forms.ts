/**
 * A region the gazetteer knows, written with a word that names the region itself ("Gaza Strip",
 * "Sahel Region"), is that region: one entity under the name the corpus writes most, the other its
 * alias. Not "Gaza City" nor "Pacific Ocean": those heads name another place in the region. A
 * province ("Qorvath Province", "Province of Qorvath") is the place named alone, unless a city or country
 * the gazetteer knows bears that name: "Lyon Province" is no city of Lyon.
 */
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup } from '../nlp/gazetteer';
import { PROVINCE_SELF_HEADS, REGION_SELF_HEADS } from '../nlp/place-words';
import { absorbEntity, byDocuments, type OpenEntity } from './entity-state';

type Keyed = OpenEntity & { key: string };

/** The place a name of several words names with a head that names the place itself, if it does. */
function selfNamed(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  const last = words.at(-1) as string;
  if (REGION_SELF_HEADS.has(last) || PROVINCE_SELF_HEADS.has(last)) return fitting(last, words.slice(0, -1).join(' '));
  if (words.length > 2 && words[1] === 'of' && PROVINCE_SELF_HEADS.has(words[0] as string)) return fitting(words[0] as string, words.slice(2).join(' '));
  return undefined;
}

/** The place, if the gazetteer lets the head name it: a region for "Strip", no city nor country for "Province". */
function fitting(head: string, place: string): string | undefined {
  const kind = gazetteerLookup(place)?.kind;
  return kind === 'region' || (kind === undefined && PROVINCE_SELF_HEADS.has(head)) ? place : undefined;
}

/** The clusters left once each "<region> Strip" and its region are one. */
export function mergeRegionForms<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  // Where each absorbed cluster went: "Province of Qorvath" joins Qorvath even once "Qorvath Province" took it.
  const wentTo = new Map<T, T>();
  const home = (c: T): T => {
    let at = c;
    for (let next = wentTo.get(at); next; next = wentTo.get(at)) at = next;
    return at;
  };
  for (const c of clusters) {
    if (c.type !== 'place') continue;
    const region = selfNamed(c.key.slice(c.key.indexOf('|') + 1).split(' '));
    const alone = region === undefined ? undefined : byKey.get(`place|${aliasKey(region)}`);
    if (!alone || home(alone) === home(c)) continue;
    const [into, from] = [home(alone), home(c)].sort(byDocuments) as [T, T];
    absorbEntity(into, from);
    wentTo.set(from, into);
  }
  return clusters.filter((c) => !wentTo.has(c));
}
