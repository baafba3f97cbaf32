/** The progress bar's count of a corpus's articles (cli/article-stream.ts): a byte scan that must agree with the lines the build reads. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusParts, countArticles, listFiles } from '../../cli/article-stream';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-count-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const line = (n: number, text = 'A short report.') => JSON.stringify({ title: `Report ${n}`, text });

/** Non-blank lines as the build reads them (readline, then `trim`). */
async function linesTheBuildReads(path: string): Promise<number> {
  let count = 0;
  for await (const part of corpusParts(await listFiles([path], () => {}), () => {})) if ('raw' in part && part.raw.trim()) count++;
  return count;
}

const cases: [string, string][] = [
  ['blank and blank-only lines', `${line(1)}\n\n  \t\n${line(2)}\n\n`],
  ['CRLF line ends and no final newline', `${line(1)}\r\n\r\n${line(2)}\r\n${line(3)}`],
  ['lone CR line ends, a byte-order mark', `\uFEFF${line(1)}\r${line(2)}\r\r${line(3)}\r`],
  [
    'lines longer than a read chunk, and lines across chunk ends',
    `${line(1, 'x'.repeat(200_000))}\n${Array.from({ length: 3000 }, (_, n) => line(n + 2)).join('\n')}\n`,
  ],
  ['an empty file', ''],
];

describe('countArticles', () => {
  it.each(cases)('counts the non-blank lines the build reads: %s', async (name, text) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.jsonl`);
    await writeFile(path, text);
    const read = await linesTheBuildReads(path);
    expect(await countArticles(await listFiles([path], () => {}))).toBe(read);
  });

  it('counts a file of another format as one article, and sums the files', async () => {
    await writeFile(join(dir, 'note.txt'), 'Plain text is one article.');
    await writeFile(join(dir, 'two.jsonl'), `${line(1)}\n${line(2)}\n`);
    const files = await listFiles([join(dir, 'note.txt'), join(dir, 'two.jsonl')], () => {});
    expect(await countArticles(files)).toBe(3);
  });
});
