/**
 * The dateline that opens a wire story: "SEOUL, South Korea —", "LONDON (Reuters) -",
 * "Washington, 9 Nov 2023 (TDI):". Its place, date and source are metadata; the text
 * after it is the first sentence of the body.
 */
import { dateTextPattern, parseDate } from './parse-date';
import { isAllCaps, toTitleCase } from './title-case';

export interface DatelineMatch {
  /** The place in title case ("Seoul"). */
  place: string;
  /** Offsets of the place as written, relative to the line. */
  placeStart: number;
  placeEnd: number;
  /** YYYY-MM-DD when the dateline carries a full date. */
  date: string | null;
  /** The agency or paper in parentheses ("Reuters", "TDI"). */
  source: string | null;
  /** Where the body text starts, relative to the line. */
  bodyStart: number;
}

// A name word: capitalized, may hold periods, apostrophes and inner hyphens (ST. LOUIS, PORT-AU-PRINCE).
const word = "\\p{Lu}(?:[\\p{L}'’.]|-(?=\\p{L}))*";
const name = `${word}(?:\\s+(?:${word}|de|du|la|al|el|of))*`;
const pattern = new RegExp(
  `^(?<place>${name})(?:,\\s*(?<region>${name}))?(?:,\\s*(?<date>${dateTextPattern}))?` +
    '(?:\\s*\\((?<source>[^()]{1,40})\\))?(?<sep>\\s*:|\\s*[—–]|\\s*--|\\s+-)\\s*(?=\\S)',
  'u',
);

/** All-caps openers that are labels, not places ("BREAKING:", "UPDATE —"). */
const labels =
  /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|NEW|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|REVIEW|PHOTOS?|VIDEO|EXPLAINER|NOTE|EDITOR'S NOTE|ADVERTISEMENT|FACT CHECK|Q|A)$/;

/**
 * Match a dateline at the start of `line`. A place in capitals is enough; a place in
 * title case ("Washington") also needs a date, a source, or a region before a dash,
 * because "Editor: Welcome…" or "Biden, Harris —" would otherwise pass for one.
 */
export function matchDateline(line: string): DatelineMatch | null {
  const m = pattern.exec(line);
  if (!m?.groups) return null;
  const { place = '', region, date, source, sep = '' } = m.groups;
  if (place.length > 40 || labels.test(place)) return null;
  const colon = sep.trim() === ':';
  const hyphen = sep.trim() === '-';
  if (!isAllCaps(place)) {
    const qualified = date || source || (region && !colon);
    if (!qualified || (hyphen && !source)) return null;
  }
  return {
    place: toTitleCase(place),
    placeStart: 0,
    placeEnd: place.length,
    date: date ? parseDate(date) : null,
    source: source?.trim() || null,
    bodyStart: m[0].length,
  };
}
