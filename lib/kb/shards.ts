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

/** Entity types by their number in a head. */
export const HEAD_TYPES: readonly KbEntity['type'][] = ['person', 'place', 'organization'];

/**
 * What the matcher needs of an entity before its card, compact (the index is parsed at every
 * service-worker start): [id, name, type as its place in HEAD_TYPES, aliases other than the name,
 * first role as its place in the index's `roles` or -1].
 */
export type EntityHead = [id: string, name: string, type: number, otherAliases: string[], role: number];

export interface ShardedIndex {
  version: number;
  layout: typeof SHARDED_LAYOUT;
  date: string | null;
  shardCount: number;
  documentCount: number;
  /** Sorted by id; an entity's number is its place here. */
  entities: EntityHead[];
  /** First roles of entities, each once. */
  roles: string[];
  /** Alias key → number of the entity with that name or alias, or numbers when several. */
  aliases: Record<string, number | number[]>;
  /** Key of a person's given or family name → their number or numbers. */
  nameParts: Record<string, number | number[]>;
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

function push(map: Record<string, number | number[]>, key: string, n: number): void {
  const had = map[key];
  if (had === undefined) map[key] = n;
  else if (typeof had === 'number') {
    if (had !== n) map[key] = [had, n];
  } else if (had.at(-1) !== n) had.push(n);
}

/** A KB in the sharded layout: its index and its shards (in shard order). Deterministic, as the KB is. */
export function toShards(kb: Kb): { index: ShardedIndex; shards: Shard[] } {
  const shardCount = Math.max(1, Math.ceil((kb.entities.length + kb.documents.length) / RECORDS_PER_SHARD));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({ entities: [], documents: [] }));
  const aliases: Record<string, number | number[]> = Object.create(null);
  const nameParts: Record<string, number | number[]> = Object.create(null);
  const roles = new Map<string, number>();
  const roleNumber = (text: string | undefined) => {
    if (text === undefined) return -1;
    if (!roles.has(text)) roles.set(text, roles.size);
    return roles.get(text) as number;
  };
  const entities = kb.entities.map((e, n): EntityHead => {
    shards[shardOf(e.id, shardCount)]?.entities.push(e);
    for (const a of [e.name, ...e.aliases]) push(aliases, aliasKey(a), n);
    if (e.type === 'person') for (const part of aliasKey(e.name).split(' ')) push(nameParts, part, n);
    return [e.id, e.name, HEAD_TYPES.indexOf(e.type), e.aliases.filter((a) => a !== e.name), roleNumber(e.roles[0]?.text)];
  });
  for (const d of kb.documents) shards[shardOf(d.file, shardCount)]?.documents.push(d);
  const index: ShardedIndex = {
    version: kb.version,
    layout: SHARDED_LAYOUT,
    date: kb.date,
    shardCount,
    documentCount: kb.documents.length,
    entities,
    roles: [...roles.keys()],
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
