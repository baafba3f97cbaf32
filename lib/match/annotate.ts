/**
 * The matcher: every entity named in a text, linked to the KB where it can be. `backstory
 * annotate` and the extension's background both call this, so the CLI shows what readers see.
 */
import type { KbIndex } from '../kb/kb-index';
import { detectEntities } from '../nlp/detect';
import type { Refusals } from './corrections';
import { matchEvents } from './event-match';
import { kbLexicon } from './kb-lexicon';
import { kbNamesIn } from './kb-names';
import { LINK_THRESHOLD, linkMention } from './link';
import type { Annotation, Mention } from './types';
import { isUnlistedUnknown } from './unlisted-names';

export interface AnnotateOptions {
  /** Text ranges to read (the rest is left alone): an article's content, a page's blocks. */
  ranges?: readonly { start: number; end: number }[];
  /** Links the reader refused on this site ("not this entity"): such a mention stays unlinked. */
  refusals?: Refusals;
  /** Only the KB's names as the KB writes them, and no events: the text is not English (lib/nlp/page-language.ts). */
  exactNamesOnly?: boolean;
  /** The page's publication date (YYYY-MM-DD), if known: a sentence tells a KB event only if it dates it within the event's window. */
  date?: string | null;
}

export function annotate(index: KbIndex, text: string, { ranges, refusals, exactNamesOnly, date = null }: AnnotateOptions = {}): Annotation {
  const all = ranges ?? [{ start: 0, end: text.length }];
  if (exactNamesOnly) return { mentions: kbNamesIn(index, text, all, { aliases: false, refusals }), events: [] };
  const detected = detectEntities(text, all, kbLexicon(index));
  const links = new Map(
    detected.map((d) => {
      const link = linkMention(index, d);
      const kept = link && link.confidence >= LINK_THRESHOLD && !refusals?.refuses(d.text, link.entity.id);
      return [d, kept ? link : null] as const;
    }),
  );
  const mentions = detected.flatMap((d): Mention[] => {
    const linked = links.get(d) ?? null;
    if (!linked && isUnlistedUnknown(d, text, detected)) return [];
    return [
      {
        text: d.text,
        name: d.name,
        start: d.start,
        end: d.end,
        type: d.type,
        entity: linked ? { id: linked.entity.id, name: linked.entity.name } : null,
        confidence: linked?.confidence ?? 0,
        reason: linked?.reason ?? '',
      },
    ];
  });
  // The KB's names that detection missed ("N. Korea", a name opening a sentence), where no mention lies.
  const missed = kbNamesIn(index, text, all, { aliases: true, refusals }).filter((k) => !mentions.some((m) => m.start < k.end && k.start < m.end));
  // Events reuse the detection and links above: one compromise pass per page.
  const events = matchEvents(index, text, detected, (d) => links.get(d)?.entity.id ?? null, date);
  return { mentions: [...mentions, ...missed].sort((a, b) => a.start - b.start), events };
}
