/**
 * The date an event happened, from the article's date and the words of its clause: "on Thursday"
 * in an article of Thursday 9 November 2023 is that day, "on Wednesday" the day before, and
 * "an upcoming meeting on Monday" the Monday after. compromise-dates 3.9.0 was measured and not
 * used: it reads a bare weekday as the next one even in past-tense news ("briefed ... on
 * Wednesday" → the following week), costs about 14 ms a sentence, and re-tags compromise globally.
 */
import { WEEKDAYS } from './non-name-words';

const SHIFTS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
/** Words that put a clause in the future: the weekday is then the next one, not the last. */
const FUTURE = new Set(['will', 'upcoming', 'next', 'scheduled', 'planned', 'expected', "won't", 'shall']);

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day `words` (one clause, any case) point to relative to `articleDate` (YYYY-MM-DD), or the
 * article's date when they name none. Null when the article is undated.
 */
export function eventDate(words: readonly string[], articleDate: string | null): string | null {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return null;
  // "yesterday's airstrike", "Monday's talks": the possessive is the day.
  const lower = words.map((w) =>
    w
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/[^a-z']/g, ''),
  );
  const future = lower.some((w) => FUTURE.has(w));
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i] as string;
    const shift = SHIFTS[w];
    if (shift !== undefined) return addDays(articleDate, shift);
    const day = WEEKDAYS.indexOf(w);
    if (day < 0) continue;
    const today = new Date(`${articleDate}T00:00:00Z`).getUTCDay();
    const back = (today - day + 7) % 7; // 0 when the article's own weekday
    const before = lower[i - 1];
    if (before === 'next' || (future && before !== 'last')) return addDays(articleDate, back === 0 ? 7 : 7 - back);
    return addDays(articleDate, before === 'last' && back === 0 ? -7 : -back);
  }
  return articleDate;
}
