import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../../lib/corpus/read-corpus';
import { readHtml } from '../../lib/corpus/read-html';
import { expectSegmentInvariants } from '../corpus/segment-invariants';
import { fuzzParams, INPUT_HANG_GUARD_MS, timed } from './fuzz-params';
import { htmlPage } from './html-soup';

describe('readHtml on any markup', () => {
  it('returns an article or throws only its documented "no article text" error, in bounded time', () => {
    fc.assert(
      fc.property(htmlPage, (html) => {
        const elapsed = timed(() => {
          try {
            const article = readHtml('page.html', html);
            expectSegmentInvariants(article);
            if (article.url !== null) expect(article.url).toMatch(/^https?:/i);
          } catch (error) {
            expect(String(error)).toMatch(/^Error: page\.html: (no article text found|elements nested more than \d+ deep)/);
          }
        });
        expect(elapsed).toBeLessThan(INPUT_HANG_GUARD_MS);
      }),
      fuzzParams(100),
    );
  });

  it('reaches readCorpusFile callers as one problem naming the file, never as a throw', () => {
    fc.assert(
      fc.property(htmlPage, (html) => {
        const { articles, problems } = readCorpusFile('dir/page.htm', html);
        expect(articles.length + problems.length).toBe(1);
        for (const p of problems) expect(p).toEqual({ file: 'dir/page.htm', message: expect.stringMatching(/\S/) });
      }),
      fuzzParams(100),
    );
  });
});
