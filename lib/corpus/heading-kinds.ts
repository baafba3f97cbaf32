/**
 * Which of a header's heading lines (those that are no byline, date or teaser) is the
 * masthead, a kicker, the title and the subtitles: decided by order and shape alone.
 */
import type { SegmentKind } from './article';
import { isMasthead } from './masthead';
import { isAllCaps } from './title-case';

/** Equal up to case and spacing: how a metadata title is found among a text's lines. */
export const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

/** A section label above the headline ("EXCLUSIVE", "WORLD NEWS"): capitals, a word or three. */
const isKicker = (text: string) => isAllCaps(text) && text.split(/\s+/).length <= 3;

/**
 * Kinds for the heading lines of a header, in order: an optional masthead or kicker, the
 * title, then subtitles. With a `knownTitle` among them, lines above it other than a
 * masthead are kickers and count as boilerplate.
 */
export function headingKinds(headings: readonly string[], knownTitle: string | null | undefined): SegmentKind[] {
  const first = headings[0] ?? '';
  const mast = isMasthead(first, headings.length);
  const kicker = !mast && headings.length > 1 && isKicker(first);
  const known = knownTitle ? headings.findIndex((h) => sameText(h, knownTitle)) : -1;
  const titleAt = known >= 0 ? known : mast || kicker ? 1 : 0;
  return headings.map((h, k) => {
    if (k === titleAt) return 'title';
    if (k > titleAt) return 'subtitle';
    // Above a known title, a name-like first line is the masthead even with fewer headings.
    return k === 0 && !kicker && (mast || isMasthead(h, 3)) ? 'source' : 'boilerplate';
  });
}
