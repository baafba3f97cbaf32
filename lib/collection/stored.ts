import { ENTITY_TYPES } from '../kb/entity-types';
import type { CollectionItem } from './item';

/**
 * The collection as storage holds it. 1: a bare array of items (this branch's first layout);
 * 2: versioned, so later changes can be read from older profiles.
 */
export const COLLECTION_VERSION = 2;

/** The `storage.local` key the background keeps the collection under (pages listen for changes to it). */
export const COLLECTION_KEY = 'collection';

export interface StoredCollection {
  version: typeof COLLECTION_VERSION;
  items: CollectionItem[];
}

const SOURCES = new Set(['collected', 'met']);
const KINDS = new Set(['entity', 'event']);
const TYPES = new Set<string>([...ENTITY_TYPES, 'event']);

function isItem(value: unknown): value is CollectionItem {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    SOURCES.has(v.source as string) &&
    KINDS.has(v.kind as string) &&
    TYPES.has(v.type as string) &&
    ['id', 'name', 'surface', 'sentence', 'url', 'title'].every((k) => typeof v[k] === 'string') &&
    typeof v.time === 'number'
  );
}

/**
 * The collection from whatever storage holds, upgraded to the current version: nothing stored is
 * an empty collection; a version-1 array is wrapped; items that are not items (hand-edited) are
 * dropped one by one, never the whole collection. A collection from a newer Backstory is an
 * error, so it is never overwritten by an older one.
 */
export function readStoredCollection(stored: unknown): StoredCollection {
  if (stored === undefined || stored === null) return { version: COLLECTION_VERSION, items: [] };
  const items = Array.isArray(stored) ? stored : (stored as { items?: unknown }).items;
  const version = Array.isArray(stored) ? 1 : (stored as { version?: unknown }).version;
  if (typeof version === 'number' && version > COLLECTION_VERSION) {
    throw new Error(`The research collection was saved by a newer Backstory (format ${version}); this one reads format ${COLLECTION_VERSION} and older.`);
  }
  if (!Array.isArray(items)) throw new Error('The research collection in storage is not a list of items.');
  return { version: COLLECTION_VERSION, items: items.filter(isItem) };
}
