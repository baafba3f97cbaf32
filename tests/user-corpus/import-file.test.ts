import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES, readImportFile } from '../../lib/user-corpus/import-file';

const bytesOf = (text: string) => async () => new TextEncoder().encode(text);
const read = (name: string, text: string) => readImportFile(name, new TextEncoder().encode(text).length, bytesOf(text));

describe('readImportFile', () => {
  it('reads an article file', async () => {
    const { articles, problems } = await read('a/story.txt', 'Harbour fees rise\n\nPort officials in Gdansk raised fees on Monday, the second rise this year.');
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(['Harbour fees rise']);
  });

  it('refuses a file over its size limit by its size alone, naming it', async () => {
    let loaded = false;
    const result = await readImportFile('big.txt', MAX_ARTICLE_FILE_BYTES + 1, async () => {
      loaded = true;
      return new Uint8Array();
    });
    expect(loaded).toBe(false);
    expect(result.problems).toEqual([{ file: 'big.txt', message: 'too large (2.0 MB; at most 2.0 MB a file)' }]);
  });

  it('names binary files, unknown types and half-broken JSONL lines, keeping the good lines', async () => {
    expect((await readImportFile('photo.txt', 4, async () => new Uint8Array([0xff, 0xd8, 0, 0x10]))).problems[0]?.message).toMatch(/binary/);
    expect((await read('notes.pdf', 'x')).problems[0]?.message).toMatch(/unsupported file type ".pdf"/);
    const half = await read('c.jsonl', '{"text":"Port officials in Gdansk raised fees on Monday."}\n{"text": "cut off');
    expect(half.articles).toHaveLength(1);
    expect(half.problems).toEqual([{ file: 'c.jsonl', line: 2, message: expect.stringMatching(/invalid JSON/) }]);
  });
});
