import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createImportStaging } from '../../entrypoints/background/import-staging';
import { createUserStore } from '../../entrypoints/background/user-store';
import type { ImportProgress } from '../../lib/user-corpus/import-report';
import { type ImportSource, type ImportTarget, runImport } from '../../lib/user-corpus/import-run';

const file = (name: string, text: string): ImportSource => ({ name, blob: new Blob([text]) });
const story = (i: number) =>
  file(`folder/story-${i}.txt`, `Harbour story ${i}\n\nPort officials in Gdansk raised fees on Monday for the ${i}th time this year.`);
const jsonl = (name: string, records: object[]) => file(name, records.map((r) => JSON.stringify(r)).join('\n'));
const DAY = 'https://portal.example/2024-03-01';

let n = 0;
let store: ReturnType<typeof createUserStore>;
beforeEach(() => {
  store = createUserStore(`import-run-${++n}`);
});

/** The background's side as the extension runs it (import-staging.ts over the user store); `failAt` makes that staging call fail. */
function target(failAt = Number.POSITIVE_INFINITY): ImportTarget {
  const staging = createImportStaging(store);
  let calls = 0;
  return {
    async stage(articles) {
      if (++calls === failAt) throw new Error('The browser has no more room for your knowledge base: nothing was added.');
      return staging.stage('test', articles);
    },
    commit: () => staging.commit('test'),
    abandon: async () => staging.abandon('test'),
  };
}

describe('runImport', () => {
  it('adds the good files and names the bad ones (and lines)', async () => {
    const sources = [
      story(1),
      file('folder/photo.txt', '\u0000\u0001binary'),
      file('folder/lines.jsonl', '{"text":"Port officials in Gdansk raised fees again on Tuesday."}\n{"text":'),
      story(2),
    ];
    const report = await runImport(sources, target(), () => undefined, 1000);
    expect(report).toMatchObject({ added: 3, alreadyStored: 0, read: 3, files: 4, duplicates: [] });
    expect(report.problems.map((p) => [p.file, p.line])).toEqual([
      ['folder/photo.txt', undefined],
      ['folder/lines.jsonl', 2],
    ]);
    const stored = await store.articles();
    expect(stored.map((a) => a.title)).toEqual(['Harbour story 1', null, 'Harbour story 2']);
    expect(stored.map((a) => a.addedAt)).toEqual([1000, 1001, 1002]);
  });

  it('keeps every article of a page of the day: one URL, three texts, three articles', async () => {
    const texts = ['Port fees rose in Gdansk.', 'A ferry link reopened in Tallinn.', 'Rail workers in Lyon ended a strike.'];
    const report = await runImport(
      [
        jsonl(
          'day.jsonl',
          texts.map((text) => ({ text, url: DAY })),
        ),
      ],
      target(),
      () => undefined,
      0,
    );
    expect(report).toMatchObject({ added: 3, read: 3, duplicates: [] });
    expect((await store.articles()).map((a) => a.text)).toEqual(texts);
  });

  it('stores the same article once, counting each repeat with where it is and what it repeats', async () => {
    const record = { text: 'Port fees rose in Gdansk.', url: DAY, title: 'Ports' };
    const report = await runImport(
      [jsonl('a.jsonl', [record, { ...record, title: 'Another section' }]), jsonl('b.jsonl', [{ ...record, text: ' Port fees  rose in Gdansk.' }])],
      target(),
      () => undefined,
      0,
    );
    expect(report).toMatchObject({ added: 1, read: 3 });
    expect(report.duplicates).toEqual([
      { file: 'a.jsonl', line: 2, message: 'same URL and text as a.jsonl, line 1' },
      { file: 'b.jsonl', line: 1, message: 'same URL and text as a.jsonl, line 1' },
    ]);
    expect((await store.articles()).map((a) => a.title)).toEqual(['Ports']);
  });

  it('keeps an article stored already as it was, and counts it', async () => {
    const record = { text: 'Port fees rose in Gdansk.', url: DAY, title: 'Ports' };
    await runImport([jsonl('a.jsonl', [record])], target(), () => undefined, 5);
    const report = await runImport(
      [
        jsonl('b.jsonl', [
          { ...record, title: 'Renamed' },
          { ...record, text: 'Ferries ran late.', title: 'Ferries' },
        ]),
      ],
      target(),
      () => undefined,
      9,
    );
    expect(report).toMatchObject({ added: 1, alreadyStored: 1, read: 2, duplicates: [] });
    expect((await store.articles()).map((a) => [a.title, a.addedAt])).toEqual([
      ['Ports', 5],
      ['Ferries', 10],
    ]);
  });

  it('reports progress in articles and bytes within one large file, then the commit', async () => {
    const records = Array.from({ length: 250 }, (_, i) => ({ text: `Port officials in Gdansk raised fees for the ${i}th time.`, url: DAY }));
    const source = jsonl('big.jsonl', records);
    const seen: ImportProgress[] = [];
    await runImport([source, story(1)], target(), (p) => seen.push(p), 0);
    const total = source.blob.size + story(1).blob.size;
    expect(seen.map((p) => [p.phase, p.file, p.articles])).toEqual([
      ['reading', 'big.jsonl', 200],
      ['reading', 'big.jsonl', 250],
      ['reading', 'folder/story-1.txt', 251],
      ['storing', '', 251],
    ]);
    expect(seen.every((p) => p.totalBytes === total)).toBe(true);
    expect(seen.at(-1)?.bytesRead).toBe(total);
    expect(seen[0]?.bytesRead).toBeLessThanOrEqual(source.blob.size);
    expect(seen[1]?.bytesRead).toBe(source.blob.size);
  });

  it('stores nothing when staging fails at part 5 of 10', async () => {
    await expect(
      runImport(
        Array.from({ length: 10 }, (_, i) => story(i)),
        target(5),
        () => undefined,
        0,
      ),
    ).rejects.toThrow(/no more room/);
    expect(await store.articles()).toEqual([]);
  });

  it('stores nothing when cancelled halfway', async () => {
    const cancel = new AbortController();
    const sources = Array.from({ length: 10 }, (_, i) => story(i));
    const run = runImport(sources, target(), (p) => p.articles === 5 && cancel.abort(), 0, cancel.signal);
    await expect(run).rejects.toThrow(/cancelled/);
    expect(await store.articles()).toEqual([]);
  });
});
