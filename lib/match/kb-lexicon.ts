/**
 * The KB's names as a detection lexicon: "Blinken" alone in a sentence is a person because the KB
 * knows an Antony Blinken, even when the page never gives his full name. Only types are lent:
 * whether the mention links is still decided by link.ts.
 */
import type { KbIndex } from '../kb/kb-index';
import type { EntityType } from '../kb/schema';
import { aliasKey } from '../nlp/alias-key';
import type { Lexicon } from '../nlp/detect';

export function kbLexicon(index: KbIndex): Lexicon {
  return (name) => {
    const key = aliasKey(name);
    const types = new Set<EntityType>([...index.byAlias(key), ...index.byNamePart(key)].map((e) => e.type));
    return types.size === 1 ? ([...types][0] as EntityType) : null;
  };
}
