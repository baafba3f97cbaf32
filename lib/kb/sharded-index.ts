/**
 * A `KbIndex` over a sharded KB (shards.ts): lookups by alias and name part answer at once from the
 * index's entity heads, enough for the matcher; full entity and document records come from their
 * shards when `ensure` asks for them, each shard read once. Until then `entity(id)` gives the head
 * (name, type, aliases, first role; no coverage), and `document` nothing.
 */
import type { KbIndex, KbNeeds } from './kb-index';
import type { Kb, KbDocument, KbEntity, KbEvent } from './schema';
import type { EntityHead, Shard, ShardedIndex } from './shards';
import { shardOf } from './shards';

/** Reads shard `n`, parsed; errors say which shard. */
export type ReadShard = (n: number) => Promise<Shard>;

/** An entity as its head knows it: what linking and a card's "related" line read, no coverage yet. */
const fromHead = ([id, name, type, aliases, role]: EntityHead): KbEntity => ({
  id,
  name,
  type,
  aliases,
  roles: role === null ? [] : [{ text: role, doc: '', sentence: '' }],
  docs: [],
  coverage: [],
  related: [],
});

export function createShardedKbIndex(index: ShardedIndex, readShard: ReadShard): KbIndex {
  const heads = index.entities.map(fromHead);
  const byId = new Map(heads.map((e) => [e.id, e]));
  const documents = new Map<string, KbDocument>();
  const shards = new Map<number, Promise<void>>();
  const events = new Map(index.events.map((e) => [e.id, e]));
  const eventsWith = new Map<string, KbEvent[]>();
  for (const e of index.events) for (const p of e.participants) eventsWith.set(p, [...(eventsWith.get(p) ?? []), e]);
  const numbered = (numbers: readonly number[] | undefined) => (numbers ?? []).flatMap((n) => heads[n] ?? []);
  const kb: Kb = { version: index.version, date: index.date, documents: [], entities: heads, events: index.events };

  const load = (keys: Iterable<string>) =>
    Promise.all(
      [...new Set([...keys].map((k) => shardOf(k, index.shardCount)))].map((n) => {
        let loading = shards.get(n);
        if (!loading) {
          loading = readShard(n).then((shard) => {
            for (const e of shard.entities) byId.set(e.id, e);
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
    entity: (id) => byId.get(id),
    document: (file) => documents.get(file),
    byAlias: (key) => numbered(Object.hasOwn(index.aliases, key) ? index.aliases[key] : undefined),
    byNamePart: (key) => numbered(Object.hasOwn(index.nameParts, key) ? index.nameParts[key] : undefined),
    event: (id) => events.get(id),
    eventsWith: (entityId) => eventsWith.get(entityId) ?? [],
    async ensure({ entities = [], events: eventIds = [], documents: files = [] }: KbNeeds) {
      await load(entities);
      const told = [...eventIds.flatMap((id) => events.get(id) ?? []), ...entities.flatMap((id) => eventsWith.get(id) ?? [])];
      const docs = [...files, ...entities.flatMap((id) => byId.get(id)?.docs ?? []), ...told.flatMap((e) => e.docs)];
      await load(docs);
    },
  };
}
