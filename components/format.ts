import { byType, ENTITY_TYPE_WORDS, type EntityType } from '~/lib/kb/entity-types';
import type { PackCredit } from '~/lib/kb/pack';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-11-09" → "9 Nov 2023" (fixed English, the same in every locale and test); "2023-11" → "Nov 2023". */
export function formatDate(iso: string | null): string | null {
  const match = iso?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!match) return null;
  const [, year, month, day] = match;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : null, name, year].filter(Boolean).join(' ');
}

/**
 * "12,345 articles", "1 article": a count in fixed English, as dates are. Not `toLocaleString`:
 * its first call in a page builds a number formatter, tens of milliseconds while a card opens.
 */
export function countOf(n: number, word: string): string {
  const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${digits} ${word}${n === 1 ? '' : 's'}`;
}

/** "From World news, 1 Jul 2002 – 28 Mar 2026 · CC BY-SA 4.0": where a card's knowledge comes from and on what terms. */
export function packCreditText({ name, from, to, licence }: PackCredit): string {
  const dates = from && to ? (from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`) : null;
  return [`From ${name}`, dates && `, ${dates}`, licence && ` · ${licence}`].filter(Boolean).join('');
}

/** Titles derived from a first sentence can run long: cut at a word, within `max` characters. */
export function shortTitle(title: string, max = 48): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:.\u2013\u2014-]+$/, '')}…`;
}

/** "The Boston Globe, 9 Nov 2023"; an article without a source line goes by its (short) title. */
export function sourceLine(source: string | null, date: string | null, title: string): string {
  return [source ?? `“${shortTitle(title)}”`, formatDate(date)].filter(Boolean).join(', ');
}

/** "2003–2017", or "2017" when both ends fall in one year; null when neither is known. */
export function yearSpan(first: string | null, last: string | null): string | null {
  const [from, to] = [first?.slice(0, 4), last?.slice(0, 4)];
  if (!from || !to) return from ?? to ?? null;
  return from === to ? from : `${from}\u2013${to}`;
}

export const TYPE_LABELS: Record<EntityType, string> = byType((t) => ENTITY_TYPE_WORDS[t].label);

/** Entity types and events together, for lists that hold both (the collection, the cast list). */
export const KIND_LABELS: Record<EntityType | 'event', string> = { ...TYPE_LABELS, event: 'Event' };

/** Plural headings for lists of entities by type. */
export const TYPE_HEADINGS: Record<EntityType, string> = byType((t) => ENTITY_TYPE_WORDS[t].heading);
