/**
 * The KB's names written exactly, and nothing else: what Backstory marks on a page it cannot
 * read as English (lib/nlp/page-language.ts), where detection would take every capitalized word
 * for a name. A single English word the KB holds as a name ("Image", "Street") is left out:
 * on such a page it is never the entity.
 */
import type { KbIndex } from '../kb/kb-index';
import { isDictionaryWord } from '../nlp/chunk';
import { type AliasScanner, createAliasScanner } from './alias-scan';
import type { Refusals } from './corrections';
import { CONFIDENCE } from './link';
import type { Mention } from './types';

/** One scanner per loaded KB: building its trie walks every alias. */
const scanners = new WeakMap<KbIndex, AliasScanner>();

function scannerOf(index: KbIndex): AliasScanner {
  let scanner = scanners.get(index);
  if (!scanner) {
    scanner = createAliasScanner(index);
    scanners.set(index, scanner);
  }
  return scanner;
}

/** Every place in `ranges` of `text` where exactly one KB entity's name is written as the KB writes it. */
export function exactNames(index: KbIndex, text: string, ranges: readonly { start: number; end: number }[], refusals?: Refusals): Mention[] {
  const mentions: Mention[] = [];
  for (const range of ranges) {
    const part = text.slice(range.start, range.end);
    for (const hit of scannerOf(index).scan(part)) {
      const surface = part.slice(hit.start, hit.end);
      const named = index.byAlias(hit.key).filter((e) => e.name === surface);
      const entity = named.length === 1 ? named[0] : undefined;
      if (!entity || (!surface.includes(' ') && isDictionaryWord(surface)) || refusals?.refuses(surface, entity.id)) continue;
      const start = range.start + hit.start;
      mentions.push({
        text: surface,
        name: entity.name,
        start,
        end: start + surface.length,
        type: entity.type,
        entity: { id: entity.id, name: entity.name },
        confidence: CONFIDENCE.name,
        reason: 'name',
      });
    }
  }
  return mentions;
}
