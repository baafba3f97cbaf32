/**
 * The sharded KB layout, for KBs too large to parse whole when the service worker starts: a small
 * index (entity heads, alias keys, events without their sentences) read at start, and shards of
 * full entity, document and event records read on demand (`ensure` of sharded-index.ts). Written
 * by `backstory build --shards`.
 */
import { aliasKey } from '../nlp/alias-key';
import { fnv1a } from './fingerprint';
import { byCode } from './kb-state';
import { field, toLineTable } from './line-table';
import type { Kb, KbDocument, KbEntity, KbEvent } from './schema';

export const SHARDED_LAYOUT = 'backstory-shards';
/** Records per shard, about: small enough to fetch and parse in a few ms, few enough files for a zip. */
const RECORDS_PER_SHARD = 500;

/**
 * The index read at every service-worker start: what the matcher needs of each entity before its
 * card (a head), the alias keys, and the events; as line tables (line-table.ts), not objects.
 */
export interface ShardedIndex {
  version: number;
  layout: typeof SHARDED_LAYOUT;
  date: string | null;
  shardCount: number;
  entityCount: number;
  documentCount: number;
  /** id → `name TAB type TAB first role's place in roles, or -1 TAB other aliases…` (tab-separated). */
  heads: string;
  /** First roles of entities, each once. */
  roles: string[];
  /** Alias key → ids of the entities with that name or alias, tab-separated. */
  aliases: string;
  /** Key of a person's given or family name → their ids. */
  nameParts: string;
  /** Every event without its coverage (sentences), which is in the event's shard. */
  events: KbEvent[];
}

export interface Shard {
  entities: KbEntity[];
  documents: KbDocument[];
  /** Full event records, coverage included. */
  events: KbEvent[];
}

/** The shard an entity id or a document file is in. */
export const shardOf = (key: string, shardCount: number) => fnv1a(key) % shardCount;

/** A shard's file, relative to the shards folder: "0007.json". */
export const shardFile = (n: number) => `${String(n).padStart(4, '0')}.json`;

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (ids.at(-1) !== id) ids.push(id);
}

const joined = (map: Map<string, string[]>) => toLineTable([...map].map(([key, ids]) => [key, ids.map(field).join('\t')] as const));

/** A KB in the sharded layout: its index and its shards (in shard order). Deterministic, as the KB is. */
export function toShards(kb: Kb): { index: ShardedIndex; shards: Shard[] } {
  const shardCount = Math.max(1, Math.ceil((kb.entities.length + kb.documents.length) / RECORDS_PER_SHARD));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({ entities: [], documents: [], events: [] }));
  const aliases = new Map<string, string[]>();
  const nameParts = new Map<string, string[]>();
  const roles = new Map<string, number>();
  const roleNumber = (text: string | undefined) => {
    if (text === undefined) return -1;
    if (!roles.has(text)) roles.set(text, roles.size);
    return roles.get(text) as number;
  };
  const heads = kb.entities.map((e) => {
    shards[shardOf(e.id, shardCount)]?.entities.push(e);
    for (const a of [e.name, ...e.aliases]) add(aliases, aliasKey(a), e.id);
    if (e.type === 'person') for (const part of aliasKey(e.name).split(' ')) add(nameParts, part, e.id);
    const others = e.aliases.filter((a) => a !== e.name);
    return [e.id, [e.name, e.type, roleNumber(e.roles[0]?.text), ...others].map((v) => field(String(v))).join('\t')] as const;
  });
  for (const d of kb.documents) shards[shardOf(d.file, shardCount)]?.documents.push(d);
  for (const e of kb.events) shards[shardOf(e.id, shardCount)]?.events.push(e);
  const index: ShardedIndex = {
    version: kb.version,
    layout: SHARDED_LAYOUT,
    date: kb.date,
    shardCount,
    entityCount: kb.entities.length,
    documentCount: kb.documents.length,
    heads: toLineTable(heads),
    roles: [...roles.keys()],
    aliases: joined(aliases),
    nameParts: joined(nameParts),
    // Matching and timelines read events' roles, labels and dates at once; only a card reads what they say.
    events: kb.events.map((e) => ({ ...e, coverage: [] })),
  };
  return { index, shards };
}

/** Where a sharded KB's shards are, beside its index: "kb/bundled.json" → "kb/bundled.shards". */
export const shardsFolderOf = (indexPath: string) => `${indexPath.replace(/\.json$/, '')}.shards`;

/** The whole KB back from its index and every shard: what `toShards` was given. */
export function joinShards(index: ShardedIndex, shards: readonly Shard[]): Kb {
  const full = new Map(shards.flatMap((s) => s.events).map((e) => [e.id, e]));
  return {
    version: index.version,
    date: index.date,
    documents: shards.flatMap((s) => s.documents).sort((a, b) => byCode(a.file, b.file)),
    entities: shards.flatMap((s) => s.entities).sort((a, b) => byCode(a.id, b.id)),
    events: index.events.map((e) => full.get(e.id) ?? e),
  };
}
