import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMIT_CHUNK, createImportStaging } from '../../entrypoints/background/import-staging';
import { createUserStore } from '../../entrypoints/background/user-store';
import { readText } from '../../lib/corpus/read-text';
import type { ImportProgress } from '../../lib/user-corpus/import-report';
import { type ImportSource, type ImportTarget, runImport } from '../../lib/user-corpus/import-run';
import { toUserArticle, type UserArticle } from '../../lib/user-corpus/user-article';

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

/** What Chrome's sendMessage rejects with when the service worker stopped before it answered. */
class Stopped extends Error {}

/** The background's side as the extension runs it (import-staging.ts over the user store); `failAt` makes that staging call fail. */
function target(failAt = Number.POSITIVE_INFINITY): ImportTarget {
  const staging = createImportStaging(store, () => true);
  let calls = 0;
  return {
    begin: () => staging.begin('test'),
    async stage(articles) {
      if (++calls === failAt) throw new Error('The browser has no more room for your knowledge base: nothing was added.');
      return staging.stage('test', articles);
    },
    commit: () => staging.commit('test'),
    abandon: () => staging.release('test'),
    cutShort: (error) => error instanceof Stopped,
  };
}

/**
 * A background that is stopped (its memory lost: a new staging over the same database) at every
 * `every`th request, alternately after the request did its work and before it did it; the page
 * sees the request cut short either way.
 */
function stoppingTarget(every: number): ImportTarget & { stops: number } {
  let staging = createImportStaging(store, () => true);
  let calls = 0;
  const result = {
    stops: 0,
    async send<T>(request: () => Promise<T>): Promise<T> {
      if (++calls % every) return request();
      result.stops++;
      if (result.stops % 2) await request();
      staging = createImportStaging(store, () => true);
      throw new Stopped('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    },
    begin: () => result.send(() => staging.begin('test')),
    stage: (articles: UserArticle[]) => result.send(() => staging.stage('test', articles)),
    commit: () => result.send(() => staging.commit('test')),
    abandon: () => result.send(() => staging.release('test')),
    cutShort: (error: unknown) => error instanceof Stopped,
  };
  return result;
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
    expect(seen.map((p) => [p.phase, p.file, p.articles, p.stored])).toEqual([
      ['reading', 'big.jsonl', 200, 0],
      ['reading', 'big.jsonl', 250, 0],
      ['reading', 'folder/story-1.txt', 251, 0],
      ['storing', '', 251, 0],
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

  it('stores every article once, with the right counts, though the background stops at every third request', async () => {
    const lines = COMMIT_CHUNK * 2 + 500;
    const records = Array.from({ length: lines }, (_, i) => ({ text: `Port officials in Gdansk raised fees for the ${i}th time.`, url: DAY }));
    const stored = { text: 'Ferries ran late in Tallinn.', url: DAY };
    await runImport([jsonl('before.jsonl', [stored])], target(), () => undefined, 0);
    const stopping = stoppingTarget(3);
    const seen: ImportProgress[] = [];
    // One line repeats an earlier one; one is stored already.
    const report = await runImport([jsonl('big.jsonl', [...records, records[7] as object, stored])], stopping, (p) => seen.push(p), 10);
    expect(stopping.stops).toBeGreaterThan(4);
    expect(report).toMatchObject({ read: lines + 2, added: lines, alreadyStored: 1 });
    expect(report.duplicates).toEqual([{ file: 'big.jsonl', line: lines + 1, message: 'same URL and text as big.jsonl, line 8' }]);
    const all = await store.articles();
    expect(all).toHaveLength(lines + 1);
    expect(new Set(all.map((a) => a.text)).size).toBe(lines + 1);
    expect((await store.kb())?.entities.map((e) => e.id)).toContain('gdansk');
    // Storing counts up by the chunk (a chunk whose answer the stop cut off is counted with the next).
    const storing = seen.filter((p) => p.phase === 'storing').map((p) => p.stored);
    expect(storing[0]).toBe(0);
    expect(storing.every((n, i) => n % COMMIT_CHUNK === 0 && n < lines && (i === 0 || n > (storing[i - 1] as number)))).toBe(true);
  });

  it('drops a staged import whose page went before its commit, and finishes one whose commit had started', async () => {
    const staging = createImportStaging(store, () => false);
    const records = (tag: string) =>
      runImport(
        [
          jsonl(
            `${tag}.jsonl`,
            Array.from({ length: COMMIT_CHUNK + 10 }, (_, i) => ({ text: `${tag}: harbour fees rose for the ${i}th time.`, url: DAY })),
          ),
        ],
        {
          begin: () => staging.begin(tag),
          stage: (articles) => staging.stage(tag, articles),
          // The page goes after the first chunk of its commit: nothing more is asked.
          commit: async () => ({ ...(await staging.commit(tag)), done: true }),
          abandon: () => staging.release(tag),
          cutShort: () => false,
        },
        () => undefined,
        0,
      );
    await records('left');
    expect(await store.articles()).toHaveLength(COMMIT_CHUNK);
    // The background restarts: it finishes that commit.
    await createImportStaging(store, () => false).resume();
    expect(await store.articles()).toHaveLength(COMMIT_CHUNK + 10);

    // An import staged, its page gone while the background was stopped: the next import drops it.
    await staging.begin('orphan');
    await staging.stage('orphan', [toUserArticle(readText('o.txt', 'Orphan\n\nA ferry ran late.'), 1)]);
    await staging.begin('next');
    await expect(staging.commit('orphan')).rejects.toThrow(/interrupted.*nothing was added/);
    expect(await store.articles()).toHaveLength(COMMIT_CHUNK + 10);
  });
});
