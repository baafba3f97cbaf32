/**
 * The user's KB stored built (entrypoints/background/user-layer.ts) over fake-indexeddb: a later
 * worker reads the stored copy and builds nothing; a changed corpus or another extension version
 * makes the copy stale, and it is built again; a copy that cannot be stored costs nothing but time.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { USER_KB_MEASURE } from '../../entrypoints/background/kb-timing';
import { storageError } from '../../entrypoints/background/storage-error';
import { createUserLayer } from '../../entrypoints/background/user-layer';
import { createUserStore, KB_NOT_KEPT } from '../../entrypoints/background/user-store';
import { readText } from '../../lib/corpus/read-text';
import { toUserArticle } from '../../lib/user-corpus/user-article';
import { userStory } from './user-story';

let name = '';
let n = 0;
beforeEach(() => {
  name = `test-layer-${++n}`;
  performance.clearMeasures(USER_KB_MEASURE);
});

const note = (i: number) =>
  toUserArticle(
    readText(
      `note-${i}.txt`,
      `Harbour fees rise again\n\nPort officials in Gdansk raised fees on Monday for the ${i}th time, said Ewa Nowak of the Baltic Port Board.`,
    ),
    200 + i,
  );
const noKeepAlive = async () => undefined;
/** A worker's start: a store and a layer of its own over the same database. */
const worker = (build = '1.0') => createUserLayer(createUserStore(name), build, noKeepAlive);
/** How the worker's user KB was made, in order: 'stored' or 'built' (kb-timing.ts). */
const sources = () => performance.getEntriesByName(USER_KB_MEASURE).map((m) => (m as PerformanceMeasure).detail.from as string);

describe("the user's KB stored built", () => {
  it('is built once after articles are added, then read from its copy by a later worker, which builds nothing', async () => {
    const first = worker();
    expect(await first.built()).toBeNull();
    await createUserStore(name).add([toUserArticle(userStory(), 100), note(1)]);
    first.changed();
    const built = await first.built();
    expect(built?.counts.articles).toBe(2);
    expect(sources()).toEqual(['built', 'built']);

    const cold = worker();
    const index = (await cold.now())?.value;
    expect(sources()).toEqual(['built', 'built', 'stored']);
    expect(index?.counts).toEqual(built?.counts);
    // Its records come from the stored shards once ensured, as a sharded KB's do.
    const id = index?.byAlias('marta lindqvist')[0]?.id ?? '';
    expect(id).toBe('marta-lindqvist');
    await index?.ensure({ entities: [id] });
    expect(index?.entity(id)?.coverage.map((c) => c.doc)).toEqual([toUserArticle(userStory(), 100).id]);
  });

  it('is never read once the corpus changed, or by another version of the extension: the lookup goes on without it while it is built again', async () => {
    const store = createUserStore(name);
    await store.add([note(1)]);
    expect((await worker().built())?.counts.articles).toBe(1);

    // Another article, stored by a worker that stopped before its build finished.
    await store.add([note(2)]);
    const cold = worker();
    expect(await cold.now()).toBeUndefined();
    expect((await cold.built())?.counts.articles).toBe(2);
    expect(sources()).toEqual(['built', 'built']);

    const updated = worker('1.1');
    expect(await updated.now()).toBeUndefined();
    expect((await updated.built())?.counts.articles).toBe(2);
    expect(sources()).toEqual(['built', 'built', 'built']);
  });

  it('is used from memory when it cannot be stored, with the error told, and built again by the next worker', async () => {
    const store = createUserStore(name);
    await store.add([note(1)]);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    // The browser refusing the write (IndexedDB here has no quota to exceed).
    const layer = createUserLayer({ ...store, keepKb: () => Promise.reject(storageError(full, KB_NOT_KEPT)) }, '1.0', noKeepAlive);
    const index = await layer.built();
    expect(layer.storeError()).toMatch(/no more room .* builds it again at each start .* Nothing of your articles is lost/);
    const id = index?.byAlias('ewa nowak')[0]?.id ?? '';
    await index?.ensure({ entities: [id] });
    expect(index?.entity(id)?.coverage).toHaveLength(1);
    expect(await worker().now()).toBeUndefined();
  });
});
