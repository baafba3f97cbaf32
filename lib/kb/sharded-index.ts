/**
 * A `KbIndex` over a sharded KB (shards.ts): lookups by alias and name part answer at once from the
 * index's entity heads, enough for the matcher; full entity and document records come from their
 * shards when `ensure` asks for them, each shard read once. Until then `entity(id)` gives the head
 * (name, type, aliases, first role; no coverage), `event(id)` the event without its coverage, and
 * `document` nothing.
 */
import type { KbIndex, KbNeeds } from './kb-index';
import { byCode } from './kb-state';
import { lookupLine, tableRows } from './line-table';
import type { EntityType, Kb, KbDocument, KbEntity, KbEvent } from './schema';
import type { Shard, ShardedIndex } from './shards';
import { shardOf } from './shards';

/** Reads shard `n`, parsed; errors say which shard. */
export type ReadShard = (n: number) => Promise<Shard>;

/** An entity as its head knows it: what linking and a card's "related" line read, no coverage yet. */
function fromHead(id: string, head: string, roles: readonly string[]): KbEntity {
  const [name = '', type, role, ...others] = head.split('\t');
  const text = roles[Number(role)];
  return {
    id,
    name,
    type: type as EntityType,
    aliases: [name, ...others].sort(byCode),
    roles: text === undefined ? [] : [{ text, doc: '', sentence: '' }],
    docs: [],
    coverage: [],
    related: [],
  };
}

/**
 * Nothing is built per entity at load: an entity object is made from its head line when a lookup
 * first returns it, so a 100,000-entity index is ready once its JSON is parsed (bench/background.bench.ts).
 */
export function createShardedKbIndex(index: ShardedIndex, readShard: ReadShard): KbIndex {
  const made = new Map<string, KbEntity | null>();
  const head = (id: string): KbEntity | undefined => {
    let e = made.get(id);
    if (e === undefined) {
      const line = lookupLine(index.heads, id);
      e = line === null ? null : fromHead(id, line, index.roles);
      made.set(id, e);
    }
    return e ?? undefined;
  };
  const full = new Map<string, KbEntity>();
  const documents = new Map<string, KbDocument>();
  const shards = new Map<number, Promise<void>>();
  const events = new Map(index.events.map((e) => [e.id, e]));
  const eventsWith = new Map<string, KbEvent[]>();
  for (const e of index.events) for (const p of e.participants) eventsWith.set(p, [...(eventsWith.get(p) ?? []), e]);
  const listed = (table: string, key: string) =>
    lookupLine(table, key)
      ?.split('\t')
      .flatMap((id) => head(id) ?? []) ?? [];
  let all: KbEntity[] | undefined;
  const kb: Kb = {
    version: index.version,
    date: index.date,
    documents: [],
    // Every entity only for whoever lists them all (the matcher's expanded-key table), made then.
    get entities() {
      all ??= tableRows(index.heads).map(([id, line]) => {
        const e = made.get(id) ?? fromHead(id, line, index.roles);
        made.set(id, e);
        return e;
      });
      return all;
    },
    events: index.events,
  };

  const load = (keys: Iterable<string>) =>
    Promise.all(
      [...new Set([...keys].map((k) => shardOf(k, index.shardCount)))].map((n) => {
        let loading = shards.get(n);
        if (!loading) {
          loading = readShard(n).then((shard) => {
            for (const e of shard.entities) full.set(e.id, e);
            for (const d of shard.documents) documents.set(d.file, d);
            for (const e of shard.events) events.set(e.id, e);
          });
          loading.catch(() => shards.delete(n)); // a failed read is tried again next time
          shards.set(n, loading);
        }
        return loading;
      }),
    );

  return {
    kb,
    counts: { articles: index.documentCount, entities: index.entityCount, events: index.events.length },
    entity: (id) => full.get(id) ?? head(id),
    document: (file) => documents.get(file),
    byAlias: (key) => listed(index.aliases, key),
    byNamePart: (key) => listed(index.nameParts, key),
    event: (id) => events.get(id),
    eventsWith: (entityId) => eventsWith.get(entityId) ?? [],
    async ensure({ entities = [], events: eventIds = [], documents: files = [] }: KbNeeds) {
      await load([...entities, ...eventIds]);
      const told = [...eventIds.flatMap((id) => events.get(id) ?? []), ...entities.flatMap((id) => eventsWith.get(id) ?? [])];
      const docs = [...files, ...entities.flatMap((id) => full.get(id)?.docs ?? []), ...told.flatMap((e) => e.docs)];
      await load(docs);
    },
  };
}
