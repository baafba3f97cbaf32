/**
 * Dates as news text writes them ("9 Nov 2023", "Nov. 9, 2023", "2023-11-09T10:00Z"),
 * turned into YYYY-MM-DD. Anything we cannot place on the calendar for certain is null:
 * a wrong date is worse for the timeline than no date.
 */

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthName =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const day = '\\d{1,2}(?:st|nd|rd|th)?';

/**
 * Regex source matching one date as written in running text, with or without a year.
 * Shared with the dateline reader so that both agree on what a date looks like.
 */
export const dateTextPattern = [
  `${day}\\s+${monthName},?(?:\\s+\\d{4})?`, // 9 Nov 2023
  `${monthName}\\s+${day}(?:,?\\s+\\d{4})?`, // Nov. 9, 2023
  '\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?', // ISO, maybe with a time
  '\\d{1,2}/\\d{1,2}/\\d{4}',
].join('|');

const weekday = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const label = /^(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s*/i;
const wholeDate = new RegExp(`^(?:${dateTextPattern})$`, 'i');

/** The ISO date for year/month/day, or null if no such day exists. */
function isoDate(year: number, month: number, dayOfMonth: number): string | null {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || dayOfMonth < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dayOfMonth > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return months.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Parse a whole string that is one date (a weekday or a "Published:" label in front is
 * allowed) into YYYY-MM-DD. Returns null for anything else, for dates without a year,
 * and for numeric dates such as 09/11/2023 whose day and month could be swapped.
 */
export function parseDate(input: string): string | null {
  const text = input.trim().replace(label, '').replace(weekday, '').replace(/\s+/g, ' ');
  if (!wholeDate.test(text)) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Only when one part cannot be a month do we know which convention was used.
    if (a > 12 && b <= 12) return isoDate(year, b, a);
    if (b > 12 && a <= 12) return isoDate(year, a, b);
    return null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  return null;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (anything after the day ignored): distances between dates in days. */
export const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * A date written for machines (meta tags, JSON-LD, `datetime` attributes): ISO 8601 with
 * anything after the day ("2019-01-03T02:00:02-0500"), a compact "20170113", or Unix `date`
 * output ("Fri Mar 13 21:30:09 EST 2015"); else a date as text writes it. The day is the one
 * written, in the page's own time zone. Null when it is not one day for certain.
 */
export function parseStatedDate(value: string): string | null {
  const text = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) \d{2}:\d{2}:\d{2} [A-Z]{2,5} (\d{4})$/.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  return parseDate(text);
}

const dateLabel = /^(?:published|posted|updated|last updated|first published)\b/i;
const dateInText = new RegExp(dateTextPattern);

/**
 * The date of a line that states one: a bare date, or a "Published …" / "Updated …" line
 * with more around the date ("Updated Nov. 9, 2023 at 10:32 a.m. EST"). Null for other lines,
 * so a sentence that merely mentions a date is not taken for the publication date.
 */
export function parseDateLine(line: string): string | null {
  const whole = parseDate(line);
  if (whole || !dateLabel.test(line) || line.length > 100) return whole;
  const found = dateInText.exec(line);
  return found ? parseDate(found[0]) : null;
}
