/**
 * A region the gazetteer knows, written with a word that names the region itself ("Gaza Strip",
 * "Sahel Region"), is that region: one entity under the name the corpus writes most, the other its
 * alias. Not "Gaza City" nor "Pacific Ocean": those heads name another place in the region.
 */
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup } from '../nlp/gazetteer';
import { REGION_SELF_HEADS } from '../nlp/place-words';
import { absorbEntity, type OpenEntity } from './entity-state';
import { byCode } from './kb-state';

type Keyed = OpenEntity & { key: string };

/** The clusters left once each "<region> Strip" and its region are one. */
export function mergeRegionForms<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const gone = new Set<T>();
  for (const c of clusters) {
    const words = c.key.slice(c.key.indexOf('|') + 1).split(' ');
    if (c.type !== 'place' || words.length < 2 || !REGION_SELF_HEADS.has(words.at(-1) as string)) continue;
    const region = words.slice(0, -1).join(' ');
    const alone = byKey.get(`place|${aliasKey(region)}`);
    if (!alone || gone.has(alone) || gazetteerLookup(region)?.kind !== 'region') continue;
    const [into, from] = [alone, c].sort((a, b) => b.sentences.size - a.sentences.size || byCode(a.key, b.key)) as [T, T];
    absorbEntity(into, from);
    gone.add(from);
  }
  return clusters.filter((c) => !gone.has(c));
}
