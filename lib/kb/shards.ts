/**
 * The sharded KB layout, for KBs too large to parse whole when the service worker starts: a small
 * index (entity heads, alias keys, events) read at start, and shards of full entity and document
 * records read on demand (`ensure` of sharded-index.ts). Written by `backstory build --shards`.
 */
import { aliasKey } from '../nlp/alias-key';
import { fnv1a } from './fingerprint';
import type { Kb, KbDocument, KbEntity, KbEvent } from './schema';

export const SHARDED_LAYOUT = 'backstory-shards';
/** Records per shard, about: small enough to fetch and parse in a few ms, few enough files for a zip. */
const RECORDS_PER_SHARD = 500;

/** What the matcher needs of an entity before its card: [id, name, type, aliases, first role or null]. */
export type EntityHead = [id: string, name: string, type: KbEntity['type'], aliases: string[], role: string | null];

export interface ShardedIndex {
  version: number;
  layout: typeof SHARDED_LAYOUT;
  date: string | null;
  shardCount: number;
  documentCount: number;
  /** Sorted by id; an entity's number is its place here. */
  entities: EntityHead[];
  /** Alias key → numbers of the entities with that name or alias. */
  aliases: Record<string, number[]>;
  /** Key of a person's given or family name → their numbers. */
  nameParts: Record<string, number[]>;
  events: KbEvent[];
}

export interface Shard {
  entities: KbEntity[];
  documents: KbDocument[];
}

/** The shard an entity id or a document file is in. */
export const shardOf = (key: string, shardCount: number) => fnv1a(key) % shardCount;

/** A shard's file, relative to the shards folder: "0007.json". */
export const shardFile = (n: number) => `${String(n).padStart(4, '0')}.json`;

function push(map: Record<string, number[]>, key: string, n: number): void {
  const list = map[key];
  if (!list) map[key] = [n];
  else if (list.at(-1) !== n) list.push(n);
}

/** A KB in the sharded layout: its index and its shards (in shard order). Deterministic, as the KB is. */
export function toShards(kb: Kb): { index: ShardedIndex; shards: Shard[] } {
  const shardCount = Math.max(1, Math.ceil((kb.entities.length + kb.documents.length) / RECORDS_PER_SHARD));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({ entities: [], documents: [] }));
  const aliases: Record<string, number[]> = Object.create(null);
  const nameParts: Record<string, number[]> = Object.create(null);
  const entities = kb.entities.map((e, n): EntityHead => {
    shards[shardOf(e.id, shardCount)]?.entities.push(e);
    for (const a of [e.name, ...e.aliases]) push(aliases, aliasKey(a), n);
    if (e.type === 'person') for (const part of aliasKey(e.name).split(' ')) push(nameParts, part, n);
    return [e.id, e.name, e.type, e.aliases, e.roles[0]?.text ?? null];
  });
  for (const d of kb.documents) shards[shardOf(d.file, shardCount)]?.documents.push(d);
  const index: ShardedIndex = {
    version: kb.version,
    layout: SHARDED_LAYOUT,
    date: kb.date,
    shardCount,
    documentCount: kb.documents.length,
    entities,
    aliases,
    nameParts,
    events: kb.events,
  };
  return { index, shards };
}

/** Where a sharded KB's shards are, beside its index: "kb/bundled.json" → "kb/bundled.shards". */
export const shardsFolderOf = (indexPath: string) => `${indexPath.replace(/\.json$/, '')}.shards`;

/** The whole KB back from its index and every shard: what `toShards` was given. */
export function joinShards(index: ShardedIndex, shards: readonly Shard[]): Kb {
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    version: index.version,
    date: index.date,
    documents: shards.flatMap((s) => s.documents).sort((a, b) => byCode(a.file, b.file)),
    entities: shards.flatMap((s) => s.entities).sort((a, b) => byCode(a.id, b.id)),
    events: index.events,
  };
}
