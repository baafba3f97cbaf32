/**
 * Dates written out in an event's clause ("on November 3", "3 Nov 2023"), read with the corpus
 * reader's own date pattern so articles and events agree on what a date looks like. A date
 * without a year takes the article's year, or the year before when that would put it more than
 * half a year after the article ("December 28" in a January article).
 */
import { dateTextPattern, parseDate } from '../corpus/parse-date';

const DATE_IN_TEXT = new RegExp(`\\b(?:${dateTextPattern})(?!\\d)`, 'i');
const HALF_YEAR_MS = 183 * 86_400_000;

/** The first written date in `text`, as YYYY-MM-DD, or null (also when it has no year and the article none). */
export function writtenDate(text: string, articleDate: string | null): string | null {
  const written = DATE_IN_TEXT.exec(text)?.[0];
  if (!written) return null;
  const full = parseDate(written);
  if (full) return full;
  const year = Number(articleDate?.slice(0, 4));
  if (!year) return null;
  const guess = parseDate(`${written} ${year}`);
  if (!guess || !articleDate) return guess;
  return Date.parse(guess) - Date.parse(articleDate) > HALF_YEAR_MS ? parseDate(`${written} ${year - 1}`) : guess;
}
