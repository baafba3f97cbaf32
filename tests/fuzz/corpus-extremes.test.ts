/**
 * Inputs too big or too deep for the random properties to reach: megabyte lines, many
 * thousand lines, pages nested thousands deep. Each is read in bounded time, or refused
 * as a problem naming the file. The bound is a hang guard, thirty times what the slowest takes on
 * a loaded 2-core machine (about 0.3 s; Readability on 5,000 nested divs once took 450 s).
 */
import { describe, expect, it } from 'vitest';
import { type CorpusRead, readCorpusFile } from '../../lib/corpus/read-corpus';
import { timed } from './fuzz-params';

const words = (phrase: string, times: number) => Array(times).fill(phrase).join(' ');
const paragraph = `<p>${words('Park Jin said the talks went well.', 3)}</p>`;

const HANG_GUARD_MS = 10_000;

function read(file: string, content: string): CorpusRead {
  let result: CorpusRead = { articles: [], problems: [] };
  expect(timed(() => (result = readCorpusFile(file, content)))).toBeLessThan(HANG_GUARD_MS);
  return result;
}

describe('corpus readers on extreme input', () => {
  it.each([
    ['a 1 MB line of prose', words('Park said', 100_000)],
    ['a 1 MB line of capitals (dateline-shaped)', words('SEOUL', 200_000)],
    ['a 1 MB line of title-case words and periods', words('Seoul St.', 100_000)],
    ['100,000 one-word lines', Array(100_000).fill('Related').join('\n')],
    ['200,000 blank CRLF lines', `Park.${'\n \r\n'.repeat(200_000)}x`],
  ])('reads %s as text', (_, text) => {
    const { articles, problems } = read('big.txt', text);
    expect(problems).toEqual([]);
    expect(articles[0]?.text).toBe(text);
  });

  it('reads a JSONL record holding a 1 MB text', () => {
    const { articles } = read('big.jsonl', JSON.stringify({ text: words('Park said', 100_000) }));
    expect(articles).toHaveLength(1);
  });

  it('reads a page with one 1 MB paragraph', () => {
    const { articles } = read('big.html', `<p>${words('Park said it.', 100_000)}</p>`);
    expect(articles[0]?.text.length).toBeGreaterThan(1_000_000);
  });

  // Found by this file's first run: Readability took 450 s on 5,000 nested divs, then overflowed the stack.
  it.each([5_000, 20_000])('refuses a page nested %i deep quickly, as a problem naming the file', (depth) => {
    const { articles, problems } = read('deep.html', `${'<div>'.repeat(depth)}${paragraph}`);
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: 'deep.html', message: 'elements nested more than 300 deep; not read' }]);
  });

  it('still reads a page nested as deep as real pages go', () => {
    const { articles } = read('nested.html', `${'<div>'.repeat(60)}${paragraph}`);
    expect(articles[0]?.text).toContain('Park Jin said');
  });

  // Found by this file's first run: JSON-LD arrays nested 50,000 deep overflowed the stack, losing the page.
  it('reads the article past JSON-LD nested 50,000 deep', () => {
    const ld = `<script type="application/ld+json">${'['.repeat(50_000)}${']'.repeat(50_000)}</script>`;
    const { articles, problems } = read('ld.html', `${ld}${paragraph}`);
    expect(problems).toEqual([]);
    expect(articles[0]?.text).toContain('Park Jin said');
  });
});
