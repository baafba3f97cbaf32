import { type CollectionItem, itemKey } from './item';

/** At most this many 'met' items are kept: the oldest go first. Collected items are never dropped. */
export const MAX_MET = 1000;

/**
 * `items` with `added` put in: an item already there (same source, entity or event, page) keeps
 * its first time, and 'met' items beyond `maxMet` are dropped oldest first. Newest first. When
 * nothing is new, `items` itself comes back, so the caller can skip writing it.
 */
export function addItems(items: CollectionItem[], added: readonly CollectionItem[], maxMet = MAX_MET): CollectionItem[] {
  const byKey = new Map(items.map((item) => [itemKey(item), item]));
  const fresh = added.filter((item) => !byKey.has(itemKey(item)));
  if (!fresh.length) return items;
  for (const item of fresh) byKey.set(itemKey(item), item);
  const sorted = [...byKey.values()].sort(newestFirst);
  let met = 0;
  return sorted.filter((item) => item.source !== 'met' || ++met <= maxMet);
}

/** `items` without those whose key is in `keys`. */
export function removeItems(items: readonly CollectionItem[], keys: readonly string[]): CollectionItem[] {
  const gone = new Set(keys);
  return items.filter((item) => !gone.has(itemKey(item)));
}

/** Newest first; on one time, by key, so the order is stable. */
export function newestFirst(a: CollectionItem, b: CollectionItem): number {
  return b.time - a.time || itemKey(a).localeCompare(itemKey(b));
}
