/**
 * Everything a plain text says about itself: header, dateline, body and boilerplate.
 * The one place the text reader, the JSONL reader and the HTML reader get their
 * segments from, so the three agree on what a header or a teaser is.
 */
import type { Article } from './article';
import { readBody } from './body';
import { type HeaderOptions, readHeader } from './header';
import { splitLines } from './text-lines';

/** An `Article` without the fields only the file format knows. */
export type TextStructure = Omit<Article, 'file' | 'url'>;

/**
 * Segment `text` and read its header and dateline. Metadata from the header wins over
 * the dateline's (a masthead names the paper; the dateline's "(Reuters)" the agency).
 */
export function structureText(text: string, options: HeaderOptions = {}): TextStructure {
  const lines = splitLines(text);
  const header = readHeader(lines, options);
  const body = readBody(lines, header.end);
  return {
    text,
    title: header.title,
    subtitle: header.subtitle,
    source: header.source ?? body.source,
    date: header.date ?? body.date,
    dateline: body.dateline,
    authors: header.authors,
    segments: [...header.segments, ...body.segments],
  };
}
