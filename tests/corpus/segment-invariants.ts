/**
 * The promises `Article.segments` makes, checked independently of the readers' own
 * line splitting: ordered, non-overlapping, trimmed, and every non-blank line covered
 * once — by one segment, or (the dateline's line) by the dateline and the body after it.
 */
import { expect } from 'vitest';
import type { Article } from '../../lib/corpus/article';

interface Line {
  text: string;
  start: number;
  end: number;
}

function nonBlankLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split(/(\r\n|\r|\n)/)) {
    if (!/^[\r\n]+$/.test(raw) && raw.trim() !== '') {
      const start = offset + raw.length - raw.trimStart().length;
      lines.push({ text: raw.trim(), start, end: start + raw.trim().length });
    }
    offset += raw.length;
  }
  return lines;
}

/**
 * Check the segment invariants of `article`. With `oneLineEach`, every segment other
 * than a dateline's must be exactly one trimmed line (true of text that is not hard-wrapped).
 */
export function expectSegmentInvariants(article: Article, { oneLineEach = false } = {}): void {
  const { text, segments } = article;
  segments.forEach((s, i) => {
    expect(s.start, `segment ${i} empty`).toBeLessThan(s.end);
    const previous = segments[i - 1];
    if (previous) expect(s.start, `segment ${i} overlaps`).toBeGreaterThanOrEqual(previous.end);
    const slice = text.slice(s.start, s.end);
    expect(slice, `segment ${i} untrimmed`).toBe(slice.trim());
  });
  for (const line of nonBlankLines(text)) {
    const [first, second, ...rest] = segments.filter((s) => s.start < line.end && s.end > line.start);
    if (!first) expect.fail(`line not covered: ${line.text}`);
    if (first.kind === 'dateline') {
      if (!second) expect.fail(`dateline without body: ${line.text}`);
      expect(rest, `dateline line ${line.text}`).toEqual([]);
      expect(first.start).toBe(line.start);
      expect(second.end).toBeGreaterThanOrEqual(line.end);
      expect(article.dateline).toMatchObject({ start: first.start, end: first.end });
      continue;
    }
    expect(second, `line covered once: ${line.text}`).toBeUndefined();
    expect(first.start).toBeLessThanOrEqual(line.start);
    expect(first.end).toBeGreaterThanOrEqual(line.end);
    if (oneLineEach) expect(text.slice(first.start, first.end)).toBe(line.text);
  }
}
