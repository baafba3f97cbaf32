/**
 * A town written glued to the state or country it is in, without the comma ("Varnel Zacoria" for
 * "Varnel, Zacoria"), is the town: its name alone is a place of the corpus, the tail another, and
 * most of the name alone's documents name that tail too. Not a name the gazetteer knows whole, nor a
 * region, country or city of the gazetteer before its tail ("Asia Pacific"), nor a city after it.
 */
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup } from '../nlp/gazetteer';
import { absorbEntity, type OpenEntity } from './entity-state';
import { nameKeyOf } from './kb-state';

type Keyed = OpenEntity & { key: string };

/** The share of the name alone's documents that must name the tail. */
const MIN_TAIL_SHARE = 0.5;

const sharedShare = (alone: Keyed, tail: Keyed) => [...alone.sentences.keys()].filter((d) => tail.sentences.has(d)).length / alone.sentences.size;

/** The clusters left once each "<town> <state>" whose town alone mostly names that state is in the town. */
export function mergeGluedQualifiers<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const gone = new Set<T>();
  for (const c of clusters) {
    if (c.type !== 'place' || gazetteerLookup(nameKeyOf(c))) continue;
    const words = nameKeyOf(c).split(' ');
    for (let i = 1; i < words.length; i++) {
      const head = words.slice(0, i).join(' ');
      const tailName = words.slice(i).join(' ');
      const alone = byKey.get(`place|${head}`);
      const tail = byKey.get(`place|${aliasKey(tailName)}`);
      if (!alone || !tail || gone.has(alone) || gazetteerLookup(head) || gazetteerLookup(tailName)?.kind === 'city') continue;
      if (sharedShare(alone, tail) < MIN_TAIL_SHARE) continue;
      absorbEntity(alone, c);
      gone.add(c);
      break;
    }
  }
  return clusters.filter((c) => !gone.has(c));
}
