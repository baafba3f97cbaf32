/**
 * A city the detector qualified by a country the gazetteer does not put it in ("Tripoli, Lebanon":
 * lib/nlp/place-homonyms.ts) is another place of the name only when the name alone means another
 * country's city. When most of the documents of the name alone name that country too, the
 * gazetteer's one city of the name is not the one news means ("Bali" is Indonesia's island, not an
 * Indian town of the name): the qualified place joins the name alone.
 */
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup } from '../nlp/gazetteer';
import { absorbEntity, type OpenEntity } from './entity-state';

type Keyed = OpenEntity & { key: string };

/** The share of the name alone's documents that must name the qualifying country. */
const MIN_COUNTRY_SHARE = 0.5;

/** The clusters left once each "<city>, <country>" whose name alone mostly means that country's city is in it. */
export function mergeQualifiedPlaces<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const gone = new Set<T>();
  for (const c of clusters) {
    if (c.type !== 'place') continue;
    const name = [...c.names.keys()].find((n) => n.includes(', '));
    if (!name) continue;
    const comma = name.lastIndexOf(', ');
    const country = gazetteerLookup(name.slice(comma + 2));
    if (country?.kind !== 'country') continue;
    const alone = byKey.get(`place|${aliasKey(name.slice(0, comma))}`);
    const countryCluster = byKey.get(`place|${aliasKey(country.name)}`);
    if (!alone || !countryCluster || gone.has(alone)) continue;
    let shared = 0;
    for (const doc of alone.sentences.keys()) if (countryCluster.sentences.has(doc)) shared++;
    if (shared < MIN_COUNTRY_SHARE * alone.sentences.size) continue;
    absorbEntity(alone, c);
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}
