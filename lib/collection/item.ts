import type { EntityType } from '../kb/schema';

/** Why an item is in the collection: the reader collected it from a card, or it was marked on a page the reader read. */
export type ItemSource = 'collected' | 'met';

/** One entity or event in the reader's research collection, with where it was found. */
export interface CollectionItem {
  source: ItemSource;
  kind: 'entity' | 'event';
  /** Stable KB id: the entity's or the event's. */
  id: string;
  /** The KB's canonical name, or the event's label. */
  name: string;
  type: EntityType | 'event';
  /** The text as the page wrote it ("Blinken"). */
  surface: string;
  /** The page's sentence it was found in. */
  sentence: string;
  url: string;
  title: string;
  /** When it was collected or first met, in ms since 1970 (UTC). */
  time: number;
}

/** One item per source, entity or event, and page: collecting the same name twice on one page keeps one. */
export function itemKey(item: Pick<CollectionItem, 'source' | 'kind' | 'id' | 'url'>): string {
  return `${item.source}|${item.kind}:${item.id}|${item.url}`;
}
