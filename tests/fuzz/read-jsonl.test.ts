import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../lib/corpus/read-jsonl';
import { expectSegmentInvariants } from '../corpus/segment-invariants';
import { fuzzParams, INPUT_HANG_GUARD_MS, timed } from './fuzz-params';
import { anyText, articleText, corpusText } from './news-text';

const field = fc.oneof(corpusText, fc.constant(null), fc.jsonValue({ maxDepth: 2 }));

/** A line as JSONL files hold them: a good record, one with fields of the wrong type, broken JSON, any JSON, or noise. */
const jsonlLine = fc.oneof(
  { weight: 3, arbitrary: fc.record({ text: articleText, title: fc.option(anyText), date: fc.option(anyText) }).map((r) => JSON.stringify(r)) },
  fc.record({ text: field, title: field, source: field, date: field, url: field, authors: field }, { requiredKeys: [] }).map((r) => JSON.stringify(r)),
  fc.tuple(fc.record({ text: articleText }), fc.nat()).map(([r, cut]) => {
    const json = JSON.stringify(r);
    return json.slice(0, cut % json.length);
  }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'undefined'),
  anyText.map((t) => t.replace(/\n/g, ' ')),
);

const jsonlFile = fc
  .tuple(fc.array(jsonlLine, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, ending]) => ({ lines, text: lines.join(ending) }));

describe('readJsonl on any file', () => {
  it('gives each non-blank line either an article or a problem naming file and line, in bounded time', () => {
    fc.assert(
      fc.property(jsonlFile, ({ lines, text }) => {
        let read = readJsonl('x.jsonl', '');
        expect(timed(() => (read = readJsonl('x.jsonl', text)))).toBeLessThan(INPUT_HANG_GUARD_MS);
        const { articles, problems } = read;
        lines.forEach((raw, i) => {
          const line = i + 1;
          const article = articles.filter((a) => a.file === `x.jsonl#${line}`);
          const problem = problems.filter((p) => p.line === line);
          expect(article.length + problem.length, `line ${line}: ${raw}`).toBe(raw.trim() === '' ? 0 : 1);
        });
        expect(articles.length + problems.length).toBeLessThanOrEqual(lines.length);
        for (const p of problems) expect(p).toMatchObject({ file: 'x.jsonl', message: expect.any(String) });
        for (const a of articles) {
          expectSegmentInvariants(a);
          // The card links an article's URL: only web URLs may get there.
          if (a.url !== null) expect(a.url).toMatch(/^https?:/i);
        }
      }),
      fuzzParams(250),
    );
  });

  it('reads a file saved with a byte-order mark as it reads the file without one', () => {
    fc.assert(
      fc.property(jsonlFile, ({ text }) => {
        expect(readJsonl('x.jsonl', `\uFEFF${text}`)).toEqual(readJsonl('x.jsonl', text));
      }),
      fuzzParams(100),
    );
  });

  // Found by the property above (seed 20261123): the first record was reported as invalid JSON.
  it('keeps the first record of a file saved with a byte-order mark', () => {
    const { articles, problems } = readJsonl('x.jsonl', '\uFEFF{"text":"Park Jin spoke."}\r\n{"text":"NATO met."}');
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.file, a.text])).toEqual([
      ['x.jsonl#1', 'Park Jin spoke.'],
      ['x.jsonl#2', 'NATO met.'],
    ]);
  });
});
