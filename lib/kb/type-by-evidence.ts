/**
 * One entity per name where the corpus agrees on its type: a name typed one way in most of its
 * documents and another way in a few ("California" a place in 929 documents, an organization in
 * 14) is the majority's entity, the few documents' guesses merged into it. Where the evidence is
 * split ("Bush": the Bush administration and President Bush), the types stay apart.
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { absorbEntity, type OpenEntity } from './entity-state';
import { nameKeyOf } from './kb-state';

/** The share of a name's documents its main type must hold to take the others in. */
export const LOPSIDED_SHARE = 0.8;

type Keyed = OpenEntity & { key: string };

/**
 * A person's guesses taken into a place or an organization of the same name without what only a
 * person has: roles, and forms with a title ("Miss Turkey" is a pageant's winner, no name of Turkey).
 */
function asNoPerson(c: Keyed): Keyed {
  const key = nameKeyOf(c);
  return { ...c, aliases: new Set([...c.aliases].filter((a) => aliasKey(a) === key)), roles: [] };
}

/** `clusters` with each lopsided name's lesser types absorbed into its main one (order kept). */
export function mergeAcrossTypes<C extends Keyed>(clusters: readonly C[]): C[] {
  const byName = new Map<string, C[]>();
  for (const c of clusters) appendTo(byName, nameKeyOf(c), c);
  const absorbed = new Set<C>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    // The first of the most documented wins ties: clusters come sorted by key, so builds repeat.
    const main = same.reduce((best, c) => (c.sentences.size > best.sentences.size ? c : best));
    const total = same.reduce((n, c) => n + c.sentences.size, 0);
    if (main.sentences.size < LOPSIDED_SHARE * total) continue;
    for (const c of same) {
      if (c === main) continue;
      absorbEntity(main, main.type !== 'person' && c.type === 'person' ? asNoPerson(c) : c);
      absorbed.add(c);
    }
  }
  return clusters.filter((c) => !absorbed.has(c));
}
