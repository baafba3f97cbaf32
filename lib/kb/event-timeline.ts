/**
 * An entity's timeline: its dated events and the dated articles that mention it, placed along
 * one strip from the first day the corpus sees it to the last. Undated items are only counted:
 * a position on the strip would be a guess.
 */
import type { KbIndex } from './kb-index';

export interface TimelineItem {
  /** YYYY-MM-DD. */
  date: string;
  kind: 'event' | 'article';
  /** Event id or document file. */
  id: string;
  /** The event's label or the article's title. */
  label: string;
  source: string | null;
  /** 0 at the first date, 1 at the last; 0.5 when all fall on one day. */
  position: number;
}

export interface TimelineModel {
  entityId: string;
  /** First and last dates the corpus sees the entity (articles and events), or null when nothing is dated. */
  first: string | null;
  last: string | null;
  /** Oldest first; on one day, events before articles. */
  items: TimelineItem[];
  undated: { events: number; articles: number };
}

const DAY_MS = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The timeline of entity `entityId`, or null when the KB has no such entity. */
export function toTimelineModel(index: KbIndex, entityId: string): TimelineModel | null {
  const entity = index.entity(entityId);
  if (!entity) return null;
  const events = index.eventsWith(entityId);
  const docs = entity.docs.flatMap((f) => index.document(f) ?? []);
  const dated = [
    ...events.flatMap((e) => (e.date ? [{ date: e.date, kind: 'event' as const, id: e.id, label: e.label, source: null }] : [])),
    ...docs.flatMap((d) => (d.date ? [{ date: d.date, kind: 'article' as const, id: d.file, label: d.title, source: d.source }] : [])),
  ].sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'event' ? -1 : 1));
  const first = dated[0]?.date ?? null;
  const last = dated.at(-1)?.date ?? null;
  const span = first && last ? days(last) - days(first) : 0;
  return {
    entityId,
    first,
    last,
    items: dated.map((item) => ({ ...item, position: span > 0 && first ? (days(item.date) - days(first)) / span : 0.5 })),
    undated: { events: events.filter((e) => !e.date).length, articles: docs.filter((d) => !d.date).length },
  };
}
