import type { EntityType } from '~/lib/kb/schema';
import type { PageMark } from '~/lib/page/mark-index';

/**
 * What a card shows, and the text to show while it loads: an entity (a name's card), an event
 * (a sentence's card), or a name the KB lacks (`type` only: it has no id).
 */
export type CardEntry =
  | {
      kind: 'entity';
      id: string;
      label: string;
      /** Opened from a name on the page: why it links there (the card shows it and offers "not this entity"). */
      reason?: string;
    }
  | { kind: 'event'; id: string; label: string }
  | { kind: 'unknown'; type: EntityType; label: string };

/** The card a mark opens: a name's shows the name as written on the page until its data comes, a sentence's its event's label. */
export function entryOf(mark: PageMark): CardEntry {
  if (mark.type === 'event') return { kind: 'event', id: mark.id, label: mark.label ?? '' };
  if (mark.type === 'unknown') return { kind: 'unknown', type: mark.id as EntityType, label: mark.label ?? mark.range.toString() };
  return { kind: 'entity', id: mark.id, label: mark.range.toString(), reason: mark.reason ?? '' };
}
