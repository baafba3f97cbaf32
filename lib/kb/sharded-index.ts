/**
 * A `KbIndex` over a sharded KB (shards.ts): lookups by alias and name part answer at once from the
 * index's entity heads, enough for the matcher; full entity and document records come from their
 * shards when `ensure` asks for them, each shard read once. Until then `entity(id)` gives the head
 * (name, type, aliases, first role; no coverage), and `document` nothing.
 */
import type { KbIndex, KbNeeds } from './kb-index';
import type { Kb, KbDocument, KbEntity, KbEvent } from './schema';
import type { EntityHead, Shard, ShardedIndex } from './shards';
import { HEAD_TYPES, shardOf } from './shards';

/** Reads shard `n`, parsed; errors say which shard. */
export type ReadShard = (n: number) => Promise<Shard>;

/** An entity as its head knows it: what linking and a card's "related" line read, no coverage yet. */
function fromHead([id, name, type, otherAliases, role]: EntityHead, roles: readonly string[]): KbEntity {
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const text = roles[role];
  return {
    id,
    name,
    type: HEAD_TYPES[type] ?? 'organization',
    aliases: [name, ...otherAliases].sort(byCode),
    roles: text === undefined ? [] : [{ text, doc: '', sentence: '' }],
    docs: [],
    coverage: [],
    related: [],
  };
}

/** The place of `id` among heads sorted by id (as a KB sorts its entities), or -1. */
function find(heads: readonly EntityHead[], id: string): number {
  let lo = 0;
  let hi = heads.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = (heads[mid] as EntityHead)[0];
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Nothing is built per entity at load: an entity object is made from its head when a lookup first
 * returns it, so a 100,000-entity index is ready once its JSON is parsed (bench/background.bench.ts).
 */
export function createShardedKbIndex(index: ShardedIndex, readShard: ReadShard): KbIndex {
  const made: (KbEntity | undefined)[] = [];
  const head = (n: number): KbEntity | undefined => {
    const h = index.entities[n];
    if (h) made[n] ??= fromHead(h, index.roles);
    return made[n];
  };
  const full = new Map<string, KbEntity>();
  const documents = new Map<string, KbDocument>();
  const shards = new Map<number, Promise<void>>();
  const events = new Map(index.events.map((e) => [e.id, e]));
  const eventsWith = new Map<string, KbEvent[]>();
  for (const e of index.events) for (const p of e.participants) eventsWith.set(p, [...(eventsWith.get(p) ?? []), e]);
  const numbered = (map: Record<string, number | number[]>, key: string) => {
    const found = Object.hasOwn(map, key) ? map[key] : undefined;
    return found === undefined ? [] : typeof found === 'number' ? [head(found) as KbEntity] : found.flatMap((n) => head(n) ?? []);
  };
  let all: KbEntity[] | undefined;
  const kb: Kb = {
    version: index.version,
    date: index.date,
    documents: [],
    // Every entity only for whoever lists them all (the matcher's expanded-key table), made then.
    get entities() {
      all ??= index.entities.flatMap((_, n) => head(n) ?? []);
      return all;
    },
    events: index.events,
  };
  const entity = (id: string) => full.get(id) ?? head(find(index.entities, id));

  const load = (keys: Iterable<string>) =>
    Promise.all(
      [...new Set([...keys].map((k) => shardOf(k, index.shardCount)))].map((n) => {
        let loading = shards.get(n);
        if (!loading) {
          loading = readShard(n).then((shard) => {
            for (const e of shard.entities) full.set(e.id, e);
            for (const d of shard.documents) documents.set(d.file, d);
          });
          loading.catch(() => shards.delete(n)); // a failed read is tried again next time
          shards.set(n, loading);
        }
        return loading;
      }),
    );

  return {
    kb,
    entity,
    document: (file) => documents.get(file),
    byAlias: (key) => numbered(index.aliases, key),
    byNamePart: (key) => numbered(index.nameParts, key),
    event: (id) => events.get(id),
    eventsWith: (entityId) => eventsWith.get(entityId) ?? [],
    async ensure({ entities = [], events: eventIds = [], documents: files = [] }: KbNeeds) {
      await load(entities);
      const told = [...eventIds.flatMap((id) => events.get(id) ?? []), ...entities.flatMap((id) => eventsWith.get(id) ?? [])];
      const docs = [...files, ...entities.flatMap((id) => full.get(id)?.docs ?? []), ...told.flatMap((e) => e.docs)];
      await load(docs);
    },
  };
}
