/**
 * An entity's timeline: its dated events and the dated articles that mention it, placed along
 * one strip from the first day the corpus sees it to the last. Undated items are only counted:
 * a position on the strip would be a guess.
 */
import { dayNumber } from '../corpus/parse-date';
import { valueFor } from '../multimap';
import type { KbIndex } from './kb-index';
import { byCode } from './kb-state';

interface Placed {
  /** YYYY-MM-DD. */
  date: string;
  source: string | null;
  /** 0 at the first date, 1 at the last; 0.5 when all fall on one day. */
  position: number;
}

/**
 * An event by its id and label, or an article by its file. An article has no title here: that is
 * in its record, which a sharded KB reads only for the rows a card shows.
 */
export type TimelineItem = Placed & ({ kind: 'event'; id: string; label: string } | { kind: 'article'; id: string; label: null });

export interface TimelineModel {
  entityId: string;
  /** First and last dates the corpus sees the entity (articles and events), or null when nothing is dated. */
  first: string | null;
  last: string | null;
  /** Oldest first; on one day, events before articles. */
  items: TimelineItem[];
  undated: { events: number; articles: number };
}

/** The timeline of entity `entityId`, or null when the KB has no such entity. */
export function toTimelineModel(index: KbIndex, entityId: string): TimelineModel | null {
  const entity = index.entity(entityId);
  if (!entity) return null;
  const events = index.eventsWith(entityId);
  // Articles by their heads (date, source): a sharded KB holds them for all, its records for few.
  const docs = entity.docs.flatMap((file) => {
    const head = index.documentHead(file);
    return head ? [{ file, ...head }] : [];
  });
  const dated = [
    ...events.flatMap((e) => (e.date ? [{ date: e.date, kind: 'event' as const, id: e.id, label: e.label, source: null }] : [])),
    ...docs.flatMap((d) => (d.date ? [{ date: d.date, kind: 'article' as const, id: d.file, label: null, source: d.source }] : [])),
  ].sort((a, b) => byCode(a.date, b.date) || (a.kind === b.kind ? byCode(a.id, b.id) : a.kind === 'event' ? -1 : 1));
  const first = dated[0]?.date ?? null;
  const last = dated.at(-1)?.date ?? null;
  const span = first && last ? dayNumber(last) - dayNumber(first) : 0;
  // One position per date: an entity's thousands of articles fall on far fewer days.
  const positions = new Map<string, number>();
  const positionOf = (date: string) => valueFor(positions, date, () => (span > 0 && first ? (dayNumber(date) - dayNumber(first)) / span : 0.5));
  return {
    entityId,
    first,
    last,
    items: dated.map((item) => ({ ...item, position: positionOf(item.date) })),
    undated: { events: events.filter((e) => !e.date).length, articles: docs.filter((d) => !d.date).length },
  };
}
