/**
 * The header of a plain-text article: the lines above the body (masthead, headline,
 * subtitle, byline, a date line), told apart by position and shape alone.
 */
import type { Segment, SegmentKind } from './article';
import { isTeaserLine } from './boilerplate';
import { parseByline } from './byline';
import { matchDateline } from './dateline';
import { headingKinds, sameText } from './heading-kinds';
import { parseDateLine } from './parse-date';
import { plainLine } from './plain-line';
import type { TextLine } from './text-lines';

export interface Header {
  /** Index of the first line after the header. */
  end: number;
  segments: Segment[];
  title: string | null;
  subtitle: string | null;
  source: string | null;
  authors: string[];
  date: string | null;
}

export interface HeaderOptions {
  /**
   * Look for masthead, headline and subtitle by shape (plain text). Off (for extracted
   * HTML text, where a short first paragraph is no headline): only a first line equal to
   * `knownTitle`, and the byline, date and teaser lines right below it.
   */
  detect?: boolean;
  /** A title known from metadata; a first line equal to it is the title. */
  knownTitle?: string | null;
}

// Masthead, kicker, headline, subtitle, byline, date, credit: more than that is no header.
const scanLimit = 8;
const bylineLimit = 6;

/** Headline-shaped: short, and not a sentence ending in a period ("Blinken in Seoul", "Is détente over?"). */
const isHeading = (text: string) => text.split(/\s+/).length <= 25 && !/\.["'”’)\]]*$/.test(text);
const words = (text: string) => text.split(/\s+/).length;
const isMeta = (text: string) => Boolean(parseByline(text) || parseDateLine(text) || isTeaserLine(text));

/** Index of the first body line: the dateline, the first prose line, or the line after a byline. */
function headerEnd(texts: readonly string[]): number {
  const scan = texts.slice(0, scanLimit);
  const dateline = scan.findIndex((t) => matchDateline(t));
  const prose = scan.findIndex((t) => !isMeta(t) && !isHeading(t));
  if (dateline >= 0 && (prose < 0 || dateline <= prose)) return dateline; // the dateline opens the body
  // A subtitle written as a sentence stops the scan early; a byline below it shows the header goes on.
  // One such line at most, under a headline: several prose lines above a "By" line are body.
  const by = texts.slice(0, bylineLimit).findIndex((t) => parseByline(t));
  const above = texts.slice(0, Math.max(by, 0));
  const headed = above.length > 0 && isHeading(above[0] ?? '') && above.filter((t) => !isHeading(t) && !isMeta(t)).length <= 1;
  if (by >= prose && (by === 0 || headed) && above.every((t) => words(t) <= 60)) {
    let end = by + 1;
    while (end < texts.length && isMeta(texts[end] ?? '')) end++;
    return end < texts.length ? end : 0;
  }
  return Math.max(prose, 0);
}

/** Index after the byline, date and teaser lines from `from` on: all a page's main text may open with. */
function metaEnd(texts: readonly string[], from: number): number {
  let end = from;
  while (end < texts.length - 1 && isMeta(texts[end] ?? '')) end++;
  return end;
}

/** Read the header at the top of `lines`; with no header found, `end` is 0 and all else empty. */
export function readHeader(lines: readonly TextLine[], options: HeaderOptions = {}): Header {
  const texts = lines.map((l) => plainLine(l.text));
  const known = options.knownTitle;
  const firstIsKnown = Boolean(known && texts.length > 0 && sameText(texts[0] ?? '', known));
  // A first line equal to the known title is the title even when shaped like a sentence.
  const knownEnd = metaEnd(texts, firstIsKnown ? 1 : 0);
  const end = options.detect === false ? knownEnd : Math.max(headerEnd(texts), firstIsKnown ? knownEnd : 0);
  const header: Header = { end, segments: [], title: null, subtitle: null, source: null, authors: [], date: null };
  let afterByline = false;
  const kinds = texts.slice(0, end).map((text): SegmentKind | 'heading' => {
    const byline = parseByline(text);
    const date = byline?.date ?? parseDateLine(text);
    header.authors.push(...(byline?.authors ?? []));
    header.date ??= date;
    afterByline ||= Boolean(byline);
    // A date line is publication information like a byline; heading lines below the byline are credits.
    if (byline || date) return 'byline';
    return isTeaserLine(text) || afterByline ? 'boilerplate' : 'heading';
  });
  const forHeadings = headingKinds(
    texts.filter((_, i) => kinds[i] === 'heading'),
    known,
  );
  let k = 0;
  kinds.forEach((found, i) => {
    const line = lines[i];
    const text = texts[i] ?? '';
    const kind = found === 'heading' ? (forHeadings[k++] ?? 'subtitle') : found;
    if (!line) return;
    if (kind === 'title') header.title = text;
    if (kind === 'subtitle') header.subtitle ??= text;
    if (kind === 'source') header.source = text;
    header.segments.push({ kind, start: line.start, end: line.end });
  });
  return header;
}
