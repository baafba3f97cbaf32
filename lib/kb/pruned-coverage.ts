/**
 * A document linked to an entity only through an alias that names something else (alias-prune.ts)
 * is another thing's: "United and Delta airlines" joined "Niger Delta" by "Delta" alone. Once that
 * alias is dropped, the document is dropped too (its coverage, docs entry and roles), when none of
 * its sentences names the entity by an alias it keeps. A document that writes a kept name as well
 * ("Valdoria Defence Forces", then "the Defence Forces") stays whole, and so do those of an alias
 * dropped for pages only (alias-prune.ts: "Adele" of a singer).
 */
import { aliasKey } from '../nlp/alias-key';
import { prunedForPagesOnly } from './alias-prune';
import type { KbEntity } from './schema';

/** A sentence's words as a key, possessives dropped ("Delta's", "Moraes'"), between spaces: " the niger delta oil region ". */
export const wordsOf = (sentence: string) => ` ${aliasKey(sentence).replace(/'s\b|'(?= |$)/g, '')} `;

/** True when `words` (wordsOf) hold one of `keys` as whole words. */
export const names = (words: string, keys: readonly string[]) => keys.some((k) => words.includes(` ${k} `));

/** `e` without the documents only its pruned aliases (those of `e.aliases` not in `kept`) link it to. */
export function withoutPrunedDocuments(e: KbEntity, kept: readonly string[]): KbEntity {
  const keptKeys = [...new Set(kept.map(aliasKey))];
  const pruned = e.aliases.filter((a) => !prunedForPagesOnly(e, a));
  const prunedKeys = [...new Set(pruned.map(aliasKey))].filter((k) => !keptKeys.includes(k));
  if (!prunedKeys.length) return { ...e, aliases: [...kept] };
  const gone = new Set(
    e.coverage
      .filter(({ sentences }) => {
        const words = sentences.map(wordsOf);
        return words.some((w) => names(w, prunedKeys)) && !words.some((w) => names(w, keptKeys));
      })
      .map((c) => c.doc),
  );
  // Every document gone: the entity was read from the pruned alias only; left as it was.
  if (!gone.size || gone.size === e.docs.length) return { ...e, aliases: [...kept] };
  return {
    ...e,
    aliases: [...kept],
    docs: e.docs.filter((d) => !gone.has(d)),
    coverage: e.coverage.filter((c) => !gone.has(c.doc)),
    roles: e.roles.filter((r) => !gone.has(r.doc)),
  };
}
