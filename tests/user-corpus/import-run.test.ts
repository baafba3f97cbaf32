import { describe, expect, it } from 'vitest';
import { type ImportSource, type ImportTarget, runImport } from '../../lib/user-corpus/import-run';
import type { UserArticle } from '../../lib/user-corpus/user-article';

const file = (name: string, text: string): ImportSource => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, bytes: async () => bytes };
};
const story = (i: number) =>
  file(`folder/story-${i}.txt`, `Harbour story ${i}\n\nPort officials in Gdansk raised fees on Monday for the ${i}th time this year.`);

/** A background that keeps what is staged apart from what is stored, as the real one does. */
function target(failAt = Number.POSITIVE_INFINITY) {
  const stored: UserArticle[] = [];
  let staged: UserArticle[] = [];
  let calls = 0;
  const side: ImportTarget = {
    async stage(articles) {
      if (++calls === failAt) throw new Error('The browser has no more room for your knowledge base: nothing was added.');
      staged.push(...articles);
    },
    async commit() {
      stored.push(...staged);
      const result = { added: staged.length, replaced: 0 };
      staged = [];
      return result;
    },
    async abandon() {
      staged = [];
    },
  };
  return { side, stored, staged: () => staged };
}

describe('runImport', () => {
  it('adds the good files, names the bad ones (and lines), and reports progress per file', async () => {
    const sources = [
      story(1),
      file('folder/photo.txt', '\u0000\u0001binary'),
      file('folder/lines.jsonl', '{"text":"Port officials in Gdansk raised fees again on Tuesday."}\n{"text":'),
      story(2),
    ];
    const { side, stored } = target();
    const seen: string[] = [];
    const report = await runImport(sources, side, (done, total, name) => seen.push(`${done}/${total} ${name}`), 1000);
    expect(seen).toEqual(['1/4 folder/story-1.txt', '2/4 folder/photo.txt', '3/4 folder/lines.jsonl', '4/4 folder/story-2.txt']);
    expect(report).toMatchObject({ added: 3, replaced: 0, files: 4 });
    expect(report.problems.map((p) => [p.file, p.line])).toEqual([
      ['folder/photo.txt', undefined],
      ['folder/lines.jsonl', 2],
    ]);
    expect(stored.map((a) => a.title)).toEqual(['Harbour story 1', null, 'Harbour story 2']);
    expect(stored.map((a) => a.addedAt)).toEqual([1000, 1001, 1002]);
  });

  it('stores nothing when staging fails at file 5 of 10', async () => {
    const { side, stored, staged } = target(5);
    const sources = Array.from({ length: 10 }, (_, i) => story(i));
    await expect(runImport(sources, side, () => undefined, 0)).rejects.toThrow(/no more room/);
    expect(stored).toEqual([]);
    expect(staged()).toEqual([]);
  });

  it('stores nothing when cancelled halfway', async () => {
    const { side, stored } = target();
    const cancel = new AbortController();
    const sources = Array.from({ length: 10 }, (_, i) => story(i));
    const run = runImport(sources, side, (done) => done === 5 && cancel.abort(), 0, cancel.signal);
    await expect(run).rejects.toThrow(/cancelled/);
    expect(stored).toEqual([]);
  });
});
