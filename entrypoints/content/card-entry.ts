import type { PageMark } from '~/lib/page/mark-index';

/** What a card shows: an entity (a name's card) or an event (a sentence's card), and the text to show while it loads. */
export interface CardEntry {
  kind: 'entity' | 'event';
  id: string;
  label: string;
}

/** The card a mark opens: a name's shows the name as written on the page until its data comes, a sentence's its event's label. */
export function entryOf(mark: PageMark): CardEntry {
  return mark.type === 'event' ? { kind: 'event', id: mark.id, label: mark.label ?? '' } : { kind: 'entity', id: mark.id, label: mark.range.toString() };
}
