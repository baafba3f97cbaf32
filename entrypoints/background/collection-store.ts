import { browser } from 'wxt/browser';
import type { CollectionItem } from '~/lib/collection/item';
import { COLLECTION_KEY, COLLECTION_VERSION, readStoredCollection } from '~/lib/collection/stored';

/**
 * The research collection lives in `storage.local` (COLLECTION_KEY), written only here, by the
 * background. Why not IndexedDB: the collection is small and bounded (MAX_MET met items plus
 * what the reader collects, a few hundred KB at most), is always read whole, and storage.local
 * is the same in Chrome and Firefox with nothing more to ship; `readStoredCollection` upgrades
 * older layouts and refuses newer ones.
 */

let cached: CollectionItem[] | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function load(): Promise<CollectionItem[]> {
  cached ??= readStoredCollection((await browser.storage.local.get(COLLECTION_KEY))[COLLECTION_KEY]).items;
  return cached;
}

/** The collection as stored, after every change asked for before. */
export function readCollection(): Promise<CollectionItem[]> {
  return queue.then(load);
}

/**
 * Applies `change` to the collection and stores the result. Changes run one after another, so
 * two tabs recording at once never lose each other's items; a collection that cannot be read
 * (a newer format) is never overwritten.
 */
export function updateCollection(change: (items: CollectionItem[]) => CollectionItem[]): Promise<CollectionItem[]> {
  const run = queue.then(async () => {
    const current = await load();
    const items = change(current);
    // Nothing changed (a page read again): no write.
    if (items === current) return current;
    await browser.storage.local.set({ [COLLECTION_KEY]: { version: COLLECTION_VERSION, items } });
    cached = items;
    return items;
  });
  queue = run.catch(() => undefined);
  return run;
}
