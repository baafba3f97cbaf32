/**
 * A name of one word that several persons of the KB hold and that their documents share
 * ("Thabane" of a prime minister and of his wife, named so in her own articles) links a page's
 * "Thabane" to none of them: the matcher links only an alias one entity of the type holds. Such a
 * name is left to the holder most documented in the years the other is named in; the others keep
 * their documents (the corpus's articles that name them so are their own) but lose the alias.
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import type { KbEntity } from './schema';

const yearOf = (date: string | null) => date?.slice(0, 4) ?? null;

/** How many of `e`'s documents fall in `years`. */
function documentsIn(e: KbEntity, years: ReadonlySet<string>, dateOf: (doc: string) => string | null): number {
  let n = 0;
  for (const doc of e.docs) if (years.has(yearOf(dateOf(doc)) ?? '')) n++;
  return n;
}

/**
 * For each person that holds a name of one word (not its own name) which another person of a
 * document they share holds too, and whom that other outnumbers in documents of the years it
 * is named in: entity id → the alias keys it loses.
 */
export function surnamesLeftToOthers(entities: readonly KbEntity[], dateOf: (doc: string) => string | null): Map<string, Set<string>> {
  const holders = new Map<string, KbEntity[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const own = aliasKey(e.name);
    for (const key of new Set(e.aliases.map(aliasKey))) if (!key.includes(' ') && key !== own) appendTo(holders, key, e);
  }
  const lost = new Map<string, Set<string>>();
  for (const [key, all] of holders) {
    if (all.length < 2) continue;
    for (const e of all) {
      const docs = new Set(e.docs);
      const years = new Set(e.docs.flatMap((d) => yearOf(dateOf(d)) ?? []));
      const outnumbered = all.some((o) => o !== e && o.docs.some((d) => docs.has(d)) && documentsIn(o, years, dateOf) > e.docs.length);
      if (outnumbered) lost.set(e.id, (lost.get(e.id) ?? new Set()).add(key));
    }
  }
  return lost;
}
