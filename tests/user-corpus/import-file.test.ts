import { describe, expect, it } from 'vitest';
import { type ImportItem, importItems, MAX_ARTICLE_FILE_BYTES } from '../../lib/user-corpus/import-file';

const items = async (name: string, blob: Blob) => {
  const all: ImportItem[] = [];
  for await (const item of importItems(name, blob)) all.push(item);
  return all;
};
const read = async (name: string, text: string) => {
  const all = await items(name, new Blob([text]));
  return {
    articles: all.flatMap((i) => ('article' in i ? [i.article] : [])),
    lines: all.flatMap((i) => ('article' in i ? [i.line] : [])),
    problems: all.flatMap((i) => ('problem' in i ? [i.problem] : [])),
  };
};

describe('importItems', () => {
  it('reads an article file', async () => {
    const { articles, problems } = await read('a/story.txt', 'Harbour fees rise\n\nPort officials in Gdansk raised fees on Monday, the second rise this year.');
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(['Harbour fees rise']);
  });

  it('refuses a file over its size limit by its size alone, naming it', async () => {
    const big = new Blob([new Uint8Array(MAX_ARTICLE_FILE_BYTES + 1)]);
    expect(await items('big.txt', big)).toEqual([{ problem: { file: 'big.txt', message: 'too large (2.0 MB; at most 2.0 MB a file)' }, bytesRead: 0 }]);
  });

  it('names binary files, unknown types and half-broken JSONL lines, keeping the good lines with their numbers', async () => {
    expect((await read('photo.txt', '\u0000\u0001binary')).problems[0]?.message).toMatch(/binary/);
    expect((await items('dump.jsonl', new Blob([new Uint8Array([0xff, 0xd8, 0, 0x10])])))[0]).toMatchObject({ problem: { message: /binary/ } });
    expect((await read('empty.jsonl', '')).problems).toEqual([{ file: 'empty.jsonl', message: 'empty file' }]);
    expect((await read('notes.pdf', 'x')).problems[0]?.message).toMatch(/unsupported file type ".pdf"/);
    const half = await read('c.jsonl', '\n{"text":"Port officials in Gdansk raised fees on Monday."}\n{"text": "cut off');
    expect(half.lines).toEqual([2]);
    expect(half.problems).toEqual([{ file: 'c.jsonl', line: 3, message: expect.stringMatching(/invalid JSON/) }]);
  });

  it('reads every JSONL line, those sharing a URL too', async () => {
    const url = 'https://portal.example/2024-03-01';
    const lines = ['Port fees rose in Gdansk.', 'A ferry link reopened in Tallinn.', 'Rail workers in Lyon ended a strike.'].map((text) =>
      JSON.stringify({ text, url }),
    );
    const { articles } = await read('day.jsonl', lines.join('\n'));
    expect(articles.map((a) => a.url)).toEqual([url, url, url]);
  });
});
