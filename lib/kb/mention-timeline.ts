/**
 * What the card's timeline chart draws: an entity's dated articles counted per year (per month
 * when they span under two years), where the card's date falls, and its few best-covered events.
 * Built from the entity's TimelineModel (event-timeline.ts), so every article is counted once,
 * and small enough to send to the card whatever the entity's coverage.
 */
import type { TimelineItem, TimelineModel } from './event-timeline';
import type { KbIndex } from './kb-index';

/** Events drawn and listed: the best-covered few, not every one (Trump's would cover the chart). */
const KEY_EVENTS = 3;
/** Under this many months between first and last article, the chart counts months. */
const MONTHS_SPAN = 24;

export interface KeyEvent {
  id: string;
  label: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Articles that tell it. */
  docs: number;
  /** Where it falls along the chart, 0 (start of the first period) to 1 (end of the last). */
  at: number;
}

export interface MentionTimeline {
  /** First and last dates the corpus sees the entity (articles and events), or null when nothing is dated. */
  first: string | null;
  last: string | null;
  unit: 'year' | 'month';
  /** Dated articles per period, every period from the first date's to the last's ("2008", "2017-03"), oldest first; none without dated articles. */
  bins: { period: string; count: number }[];
  /** The period with the most articles (the earliest of equals), or null without dated articles. */
  peak: string | null;
  /** Dated articles counted in `bins`. */
  articles: number;
  /** Where the card's date falls along the chart (0 to 1), or null when outside it. */
  asOfAt: number | null;
  /** The best-covered dated events, oldest first. */
  keyEvents: KeyEvent[];
  /** Dated events not among `keyEvents`. */
  moreEvents: number;
  undated: { events: number; articles: number };
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthPeriod = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** Periods from the first date's to the last's, and the fractional period index of any date (day within month or month within year). */
function axis(first: string, last: string, unit: MentionTimeline['unit']) {
  if (unit === 'month') {
    const from = monthIndex(first);
    const count = monthIndex(last) - from + 1;
    return {
      periods: Array.from({ length: count }, (_, i) => monthPeriod(from + i)),
      place: (iso: string) => (monthIndex(iso) - from + (Number(iso.slice(8, 10)) - 0.5) / 31) / count,
    };
  }
  const from = Number(first.slice(0, 4));
  const count = Number(last.slice(0, 4)) - from + 1;
  return {
    periods: Array.from({ length: count }, (_, i) => String(from + i)),
    place: (iso: string) => (Number(iso.slice(0, 4)) - from + (monthIndex(iso) % 12) / 12 + 1 / 24) / count,
  };
}

/** The chart of `timeline` (an entity's) as of `asOf` (YYYY-MM-DD); the index gives each event's coverage. */
export function toMentionTimeline(index: KbIndex, timeline: TimelineModel, asOf: string): MentionTimeline {
  const articles = timeline.items.filter((i) => i.kind === 'article');
  const events = timeline.items.filter((i): i is Extract<TimelineItem, { kind: 'event' }> => i.kind === 'event');
  // The axis spans events too: an event before the first article is drawn where it happened, not at the edge.
  const from = articles.length ? timeline.first : null;
  const to = articles.length ? timeline.last : null;
  const unit = from && to && monthIndex(to) - monthIndex(from) < MONTHS_SPAN ? 'month' : 'year';
  const scale = from && to ? axis(from, to, unit) : null;
  const counts = new Map<string, number>();
  for (const a of articles) {
    const period = unit === 'month' ? a.date.slice(0, 7) : a.date.slice(0, 4);
    counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  const bins = (scale?.periods ?? []).map((period) => ({ period, count: counts.get(period) ?? 0 }));
  const peak = bins.reduce<(typeof bins)[number] | null>((best, b) => (b.count > (best?.count ?? 0) ? b : best), null);
  const inside = (at: number) => at >= 0 && at <= 1;
  const asOfAt = scale ? scale.place(asOf) : null;
  const keyEvents = events
    .map((e) => ({ id: e.id, label: e.label, date: e.date, docs: index.event(e.id)?.docs.length ?? 0, at: scale?.place(e.date) ?? 0.5 }))
    .sort((a, b) => b.docs - a.docs || a.date.localeCompare(b.date))
    .slice(0, KEY_EVENTS)
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    first: timeline.first,
    last: timeline.last,
    unit,
    bins,
    peak: peak?.period ?? null,
    articles: articles.length,
    asOfAt: asOfAt !== null && inside(asOfAt) ? asOfAt : null,
    keyEvents: keyEvents.map((e) => ({ ...e, at: Math.min(1, Math.max(0, e.at)) })),
    moreEvents: events.length - keyEvents.length,
    undated: timeline.undated,
  };
}

/** A chart needs articles in two periods at least: one point is no trend (the card says so in words). */
export const hasChart = (t: MentionTimeline) => t.bins.filter((b) => b.count > 0).length >= 2;
