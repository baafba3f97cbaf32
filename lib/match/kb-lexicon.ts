/**
 * The KB's names as a detection lexicon: "Blinken" alone in a sentence is a person because the KB
 * knows an Antony Blinken, even when the page never gives his full name. Only types are lent:
 * whether the mention links is still decided by link.ts. A single English word ("Image", "Street",
 * "Mother") or a demonym ("English") the KB holds as a name lends nothing: on a page it is
 * mostly the word.
 */
import type { KbIndex } from '../kb/kb-index';
import type { EntityType } from '../kb/schema';
import { aliasKey } from '../nlp/alias-key';
import { isDictionaryWord } from '../nlp/chunk';
import type { Lexicon } from '../nlp/detect';
import { isDemonym } from '../nlp/gazetteer';

/** One word that may be no name, an English word or a demonym ("Mother", "English"): the KB lends it no type. */
export const isWordOrDemonym = (surface: string) => !surface.includes(' ') && (isDictionaryWord(surface) || isDemonym(surface));

export function kbLexicon(index: KbIndex): Lexicon {
  return (name) => {
    if (isWordOrDemonym(name)) return null;
    const key = aliasKey(name);
    const types = new Set<EntityType>([...index.byAlias(key), ...index.byNamePart(key)].map((e) => e.type));
    return types.size === 1 ? ([...types][0] as EntityType) : null;
  };
}
