import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusPaths } from '../../lib/corpus/read-paths';

const TEXT = 'Harbor talks resume\n\nSEOUL — Park Jin met NATO officials on Tuesday, the café said.\n';
const dir = mkdtempSync(join(tmpdir(), 'backstory-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16be = (text: string) => Buffer.from(Buffer.from(text, 'utf16le').swap16());

describe('readCorpusPaths on files of any encoding', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-16LE with a BOM (Notepad\'s "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])('reads %s as the same text', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    const { articles, problems } = await readCorpusPaths([file]);
    expect(problems).toEqual([]);
    expect(articles[0]?.text).toBe(TEXT);
    expect(articles[0]?.title).toBe('Harbor talks resume');
  });

  it('refuses binary content as a problem naming the file', async () => {
    const file = join(dir, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(await readCorpusPaths([file])).toEqual({ articles: [], problems: [{ file: 'image.txt', message: 'binary content (NUL bytes)' }] });
  });
});
