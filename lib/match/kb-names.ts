/**
 * The KB as a gazetteer: its names (and aliases) found in a text by the alias scan, written
 * exactly as the KB writes them. On a page Backstory cannot read as English
 * (lib/nlp/page-language.ts) these are all it marks: the names alone, never a guess. On an
 * English page the aliases also find what detection missed ("N. Korea", a name opening a
 * sentence). Left out: a name in lowercase, a single word that may be no name (an English
 * word, a calendar word or title, a demonym), and a single name of a person or in another's name.
 */
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/schema';
import { nonNameKind } from '../nlp/non-name';
import { type AliasScanner, createAliasScanner } from './alias-scan';
import type { Refusals } from './corrections';
import { isWordOrDemonym } from './kb-lexicon';
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

/** A capitalized word right before `at`, or right after `end`: the hit is part of a longer name ("Cambridge" of "Cambridge Analytica"). */
function inLongerName(text: string, at: number, end: number): boolean {
  return /\p{Lu}[\p{L}\p{N}'’-]*\s+$/u.test(text.slice(Math.max(0, at - 40), at)) || /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}

/** A name written in lowercase, or one word that may be no name ("Mother", "March", "English"). */
const mayBeNoName = (surface: string) => !/^[\p{Lu}\d]/u.test(surface) || isWordOrDemonym(surface) || (!surface.includes(' ') && nonNameKind(surface) !== null);

export interface KbNamesOptions {
  /**
   * English text: aliases count too ("N. Korea" for North Korea), not only each entity's name,
   * and a name inside a longer capitalized run does not.
   */
  aliases: boolean;
  refusals?: Refusals | undefined;
}

/** Every place in `ranges` of `text` where exactly one KB entity's name (or alias) is written as the KB writes it. */
export function kbNamesIn(index: KbIndex, text: string, ranges: readonly { start: number; end: number }[], { aliases, refusals }: KbNamesOptions): Mention[] {
  const writes = (e: KbEntity, surface: string) => e.name === surface || (aliases && e.aliases.includes(surface));
  const mentions: Mention[] = [];
  for (const range of ranges) {
    const part = text.slice(range.start, range.end);
    for (const hit of scannerOf(index).scan(part)) {
      const surface = part.slice(hit.start, hit.end);
      const named = index.byAlias(hit.key).filter((e) => writes(e, surface));
      const entity = named.length === 1 ? named[0] : undefined;
      // A lone surname ("Miller"), or a name another entity's name holds ("Brevanti" of Lena
      // Brevanti), is the linker's to judge (link.ts), with the page around it.
      const shared = !surface.includes(' ') && (entity?.type === 'person' || index.byNamePart(hit.key).some((e) => e !== entity));
      if (!entity || shared || mayBeNoName(surface) || refusals?.refuses(surface, entity.id)) continue;
      // Detection reads capitalized runs whole; a KB name inside one is not the run's name.
      if (aliases && inLongerName(part, hit.start, hit.end)) continue;
      const start = range.start + hit.start;
      const exact = surface === entity.name;
      mentions.push({
        text: surface,
        name: entity.name,
        start,
        end: start + surface.length,
        type: entity.type,
        entity: { id: entity.id, name: entity.name },
        confidence: exact ? CONFIDENCE.name : CONFIDENCE.alias,
        reason: exact ? 'name' : `alias "${surface}"`,
      });
    }
  }
  return mentions;
}
