/**
 * The body of a plain-text article: paragraphs, the dateline that opens the first one,
 * and the boilerplate mixed in (teasers, an appended "Related" block, a closing footer).
 */
import type { Article, Segment, SegmentKind } from './article';
import { footerStart, isAppendixStart, isBareTeaserLabel, isTeaserLine } from './boilerplate';
import { matchDateline } from './dateline';
import type { TextLine } from './text-lines';

export interface Body {
  segments: Segment[];
  dateline: Article['dateline'];
  /** Date and source written in the dateline ("Washington, 9 Nov 2023 (TDI):"). */
  date: string | null;
  source: string | null;
}

const sentenceEnd = /[.!?…:;]["'”’)\]]*$/;
/** Shaped like the headline of a teased story: short, not a sentence. */
const isHeadline = (text: string) => text.split(/\s+/).length <= 20 && !sentenceEnd.test(text);

/**
 * Whether `next` continues the paragraph of `prev` in hard-wrapped text: `prev` stops
 * mid-sentence and `next` starts in lowercase, or both have the length of wrapped lines.
 * Lines that each hold a paragraph (as in most news text files) end in punctuation.
 */
function continuesLine(prev: string, next: string): boolean {
  if (sentenceEnd.test(prev)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  return /[,(–—-]$/.test(prev) || (prev.length >= 40 && prev.length <= 100 && next.length <= 100);
}

/** Classify `lines` from index `from` on as body and boilerplate, reading the dateline of the first paragraph. */
export function readBody(lines: readonly TextLine[], from: number): Body {
  const body: Body = { segments: [], dateline: null, date: null, source: null };
  const footerAt = from + footerStart(lines.slice(from).map((l) => l.text));
  let appendix = false;
  let sawBody = false;
  lines.slice(from).forEach((line, k) => {
    const { text, start, end, afterBlank } = line;
    const prev = k > 0 ? lines[from + k - 1] : undefined;
    // "Related" only opens an appendix below some article text; above it, it is a kicker.
    appendix ||= sawBody && isAppendixStart(text);
    const teased = prev !== undefined && isBareTeaserLabel(prev.text) && isHeadline(text);
    const boilerplate = appendix || from + k >= footerAt || teased || isTeaserLine(text);
    const kind: SegmentKind = boilerplate ? 'boilerplate' : 'body';
    const last = body.segments[body.segments.length - 1];
    const dateline = kind === 'body' && !sawBody ? matchDateline(text) : null;
    if (dateline) {
      body.dateline = { place: dateline.place, start: start + dateline.placeStart, end: start + dateline.placeEnd };
      body.date = dateline.date;
      body.source = dateline.source;
      body.segments.push({ kind: 'dateline', start: body.dateline.start, end: body.dateline.end });
      body.segments.push({ kind, start: start + dateline.bodyStart, end });
    } else if (kind === 'body' && last?.kind === 'body' && prev && !afterBlank && continuesLine(prev.text, text)) {
      last.end = end;
    } else {
      body.segments.push({ kind, start, end });
    }
    sawBody ||= kind === 'body';
  });
  return body;
}
