import type { CollectionItem, ItemSource } from './item';
import { newestFirst } from './update';

/** What the collection page shows: which items, and in what order. */
export interface CollectionQuery {
  source: ItemSource | 'all';
  type: CollectionItem['type'] | 'all';
  /** Words that must all occur in the name, surface, sentence, title or URL (any case). */
  text: string;
  sort: 'newest' | 'oldest' | 'name' | 'page';
}

export const ALL_ITEMS: CollectionQuery = { source: 'all', type: 'all', text: '', sort: 'newest' };

const SORTS: Record<CollectionQuery['sort'], (a: CollectionItem, b: CollectionItem) => number> = {
  newest: newestFirst,
  oldest: (a, b) => -newestFirst(a, b),
  name: (a, b) => a.name.localeCompare(b.name) || newestFirst(a, b),
  page: (a, b) => a.title.localeCompare(b.title) || a.url.localeCompare(b.url) || newestFirst(a, b),
};

/** The items `query` selects, in its order. */
export function queryCollection(items: readonly CollectionItem[], query: CollectionQuery): CollectionItem[] {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items
    .filter((item) => query.source === 'all' || item.source === query.source)
    .filter((item) => query.type === 'all' || item.type === query.type)
    .filter((item) => {
      const hay = `${item.name} ${item.surface} ${item.sentence} ${item.title} ${item.url}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort(SORTS[query.sort]);
}
