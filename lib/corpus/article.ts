/**
 * The one record every corpus reader produces. Offsets in `segments` index into `text`,
 * so a mention found in a segment can be reported against the file's own text.
 */

/** What a stretch of the article's text is. Only `contentKinds` feed entities, background and coverage. */
export type SegmentKind =
  | 'source' // a masthead line such as "The Boston Globe"
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'dateline' // the place of a dateline ("SEOUL, South Korea —"); `Article.dateline` holds its parts
  | 'body'
  | 'boilerplate'; // teasers ("Also Read: …"), appended "Related" blocks, aggregator footers

/** Segment kinds whose text is the article itself. */
export const contentKinds: ReadonlySet<SegmentKind> = new Set(['title', 'subtitle', 'dateline', 'body']);

export interface Segment {
  kind: SegmentKind;
  /** Start offset into `Article.text` (UTF-16 code units). */
  start: number;
  /** End offset into `Article.text`, exclusive. */
  end: number;
}

export interface Article {
  /** File name relative to the corpus root it was read from (for JSONL: `name.jsonl#LINE`). */
  file: string;
  /** The text offsets refer to: the file's text for .txt, the extracted main text for .html, `text` for JSONL. */
  text: string;
  /** The headline, or null when the source has none. */
  title: string | null;
  subtitle: string | null;
  /** Publication name ("The Boston Globe", "TDI"), or null. */
  source: string | null;
  /** Publication date as YYYY-MM-DD, or null. */
  date: string | null;
  /** The dateline's place in title case ("Seoul"), with its offsets into `text`. */
  dateline: { place: string; start: number; end: number } | null;
  authors: string[];
  url: string | null;
  /** Ordered, non-overlapping; every non-blank line of `text` lies in exactly one segment. */
  segments: Segment[];
}

/** A file the reader could not use, with where and why. */
export interface ReadProblem {
  file: string;
  /** 1-based line, for line-oriented formats such as JSONL. */
  line?: number;
  message: string;
}
