import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText } from '../../lib/corpus/read-text';
import { expectSegmentInvariants } from '../corpus/segment-invariants';
import { fuzzParams, timed } from './fuzz-params';
import { corpusText } from './news-text';

describe('readText on any text', () => {
  it('never throws, keeps its segment promises and its metadata inside the text, in bounded time', () => {
    fc.assert(
      fc.property(corpusText, (text) => {
        let article = readText('any.txt', '');
        // A few hundred lines of any shape: far below a second unless a pattern backtracks.
        expect(timed(() => (article = readText('any.txt', text)))).toBeLessThan(500);
        expect(article.text).toBe(text);
        expectSegmentInvariants(article);
        const { dateline } = article;
        // The dateline's place is the text at its offsets, in title case.
        if (dateline) expect(dateline.place.toLowerCase()).toBe(text.slice(dateline.start, dateline.end).toLowerCase());
        if (article.date) expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      fuzzParams(400),
    );
  });

  it('reads the same text the same way every time', () => {
    fc.assert(
      fc.property(corpusText, (text) => {
        expect(readText('a.txt', text)).toEqual(readText('a.txt', text));
      }),
      fuzzParams(100),
    );
  });
});
