import type { CollectionItem } from '../../lib/collection/item';

/** A collection item with sensible defaults, for tests: `over` sets what the test is about. */
export function item(over: Partial<CollectionItem> = {}): CollectionItem {
  return {
    source: 'collected',
    kind: 'entity',
    id: 'park-jin',
    name: 'Park Jin',
    type: 'person',
    surface: 'Park',
    sentence: 'Foreign Minister Park said the talks went well.',
    url: 'https://news.example/talks',
    title: 'Talks in Seoul',
    time: Date.UTC(2026, 0, 2, 10, 0, 0),
    ...over,
  };
}
