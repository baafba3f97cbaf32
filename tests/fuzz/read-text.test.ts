import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText } from '../../lib/corpus/read-text';
import { expectSegmentInvariants } from '../corpus/segment-invariants';
import { fuzzParams, INPUT_HANG_GUARD_MS, timed } from './fuzz-params';
import { articleText, corpusText } from './news-text';

describe('readText on any text', () => {
  it('never throws, keeps its segment promises and its metadata inside the text, in bounded time', () => {
    fc.assert(
      fc.property(corpusText, (text) => {
        let article = readText('any.txt', '');
        // A few hundred lines of any shape: far below a second unless a pattern backtracks.
        expect(timed(() => (article = readText('any.txt', text)))).toBeLessThan(INPUT_HANG_GUARD_MS);
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

  it('reads the same metadata with a byte-order mark, CRLF or CR line endings', () => {
    const metadata = (text: string) => {
      const { title, subtitle, source, date, authors, dateline } = readText('a.txt', text);
      return { title, subtitle, source, date, authors, place: dateline?.place };
    };
    fc.assert(
      fc.property(articleText, (text) => {
        const plain = metadata(text.replace(/^\uFEFF/, ''));
        expect(metadata(`\uFEFF${text.replace(/^\uFEFF/, '')}`)).toEqual(plain);
        for (const ending of ['\r\n', '\r']) expect(metadata(text.replace(/^\uFEFF/, '').replace(/\r?\n/g, ending))).toEqual(plain);
      }),
      fuzzParams(150),
    );
  });
});
