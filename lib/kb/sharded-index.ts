/**
 * A `KbIndex` over a sharded KB (shards.ts): lookups by alias and name part answer at once from the
 * index's entity heads, enough for the matcher; full entity and document records come from their
 * shards when `ensure` asks for them, each shard read once. Until then `entity(id)` gives the head
 * (name, type, aliases, first role; no coverage), `event(id)` the event without its coverage, and
 * `document` nothing. A record's sentences are in its documents' rows, so `ensure` reads the
 * shards of an entity's or event's documents before it unpacks the record.
 */

import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { frontDecode } from './front-coding';
import type { KbIndex, KbNeeds } from './kb-index';
import { byCode } from './kb-state';
import { lookupLine } from './line-table';
import { numbered } from './packed';
import {
  type PackedDocument,
  type PackedEntityBody,
  type PackedEvent,
  type UnpackContext,
  unpackDocument,
  unpackEntity,
  unpackEvent,
  withHead,
} from './packed-records';
import type { Kb, KbDocument, KbEntity, KbEvent } from './schema';
import type { Shard, ShardedIndex } from './shards';
import { parseHead, shardOf, shardOfDocument } from './shards';

/** Reads shard `n`, parsed; errors say which shard. */
export type ReadShard = (n: number) => Promise<Shard>;

/** An entity as its head knows it: what linking and a card's "related" line read, no coverage yet. */
function fromHead(id: string, line: string, roleTexts: readonly string[]): KbEntity {
  const { name, type, role, others } = parseHead(line);
  const text = roleTexts[role];
  return {
    id,
    name,
    type,
    aliases: [name, ...others].sort(byCode),
    roles: text === undefined ? [] : [{ text, doc: '', sentence: '' }],
    docs: [],
    coverage: [],
    related: [],
  };
}

/**
 * An event of the index (no sentences, so no coverage yet) whose documents' files are looked up
 * when first read: the index's list of files is decoded only then, not at the worker's start.
 */
function withLazyDocs({ docs: numbers, sentences: _none, ...rest }: PackedEvent, c: UnpackContext): KbEvent {
  let docs: string[] | undefined;
  const event = { ...rest, coverage: [] };
  Object.defineProperty(event, 'docs', { enumerable: true, get: () => (docs ??= numbers.map((n) => c.file(n))) });
  return event as unknown as KbEvent;
}

/** Where each line of a line table starts, so line `n` is found at once. */
function lineStarts(table: string): number[] {
  const starts = table ? [0] : [];
  for (let at = table.indexOf('\n'); at >= 0; at = table.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * Nothing is built per entity at load: an entity object is made from its head line when a lookup
 * first returns it, so a 100,000-entity index is ready once its JSON is parsed (bench/background.bench.ts).
 */
export function createShardedKbIndex(index: ShardedIndex, readShard: ReadShard): KbIndex {
  // Each entity's head made once, found by id (null: no such id) or by number.
  const made = new Map<string, KbEntity | null>();
  const make = (id: string, line: string | null) => {
    if (!made.has(id)) made.set(id, line === null ? null : fromHead(id, line, index.roleTexts));
    return made.get(id) ?? undefined;
  };
  const head = (id: string) => (made.has(id) ? (made.get(id) ?? undefined) : make(id, lookupLine(index.heads, id)));
  // What is read from the heads, the document list and the shards only when first needed.
  let starts: number[] | undefined;
  const headLine = (n: number): [string, string] => {
    starts ??= lineStarts(index.heads);
    const start = starts[n];
    if (start === undefined) throw new Error(`entity number ${n} is not in this knowledge base`);
    const end = starts[n + 1] === undefined ? index.heads.length : (starts[n + 1] as number) - 1;
    const line = index.heads.slice(start, end);
    const tab = line.indexOf('\t');
    return [line.slice(0, tab), line.slice(tab + 1)];
  };
  const byNumber = (n: number) => make(...headLine(n)) as KbEntity;
  let people: Map<string, KbEntity[]> | undefined;
  const nameParts = () => {
    if (!people) {
      people = new Map();
      for (const e of kb.entities) {
        if (e.type !== 'person') continue;
        for (const part of new Set(aliasKey(e.name).split(' '))) appendTo(people, part, e);
      }
    }
    return people;
  };
  let files: string[] | undefined;
  const fileList = () => {
    files ??= frontDecode(index.files);
    return files;
  };
  let fileOf: ((n: number) => string) | undefined;
  let fileNumbers: Map<string, number> | undefined;
  const numberOfFile = (file: string) => {
    fileNumbers ??= new Map(fileList().map((f, n) => [f, n]));
    return fileNumbers.get(file);
  };
  const rows = new Map<number, PackedDocument>();
  const unpacking: UnpackContext = {
    file: (n) => {
      fileOf ??= numbered(fileList(), 'document');
      return fileOf(n);
    },
    entityId: (n) => headLine(n)[0],
    sentence: (doc, n) => {
      const sentence = rows.get(doc)?.[5][n];
      if (sentence === undefined) throw new Error(`sentence ${n} of document ${doc} is not in the shards read`);
      return sentence;
    },
    roleText: numbered(index.roleTexts, 'role text'),
  };

  const bodies = new Map<string, PackedEntityBody>();
  const packedEvents = new Map<string, PackedEvent>();
  const full = new Map<string, KbEntity>();
  const documents = new Map<string, KbDocument>();
  const shards = new Map<number, Promise<void>>();
  const indexEvents = index.events.map((e) => withLazyDocs(e, unpacking));
  const events = new Map(indexEvents.map((e) => [e.id, e]));
  const eventDocs = new Map(index.events.map((e) => [e.id, e.docs]));
  const eventsWith = new Map<string, KbEvent[]>();
  for (const e of indexEvents) for (const p of e.participants) appendTo(eventsWith, p, e);
  let all: KbEntity[] | undefined;
  const kb: Kb = {
    version: index.version,
    date: index.date,
    documents: [],
    // Every entity only for whoever lists them all (the matcher's expanded-key table, name parts), made then.
    get entities() {
      starts ??= lineStarts(index.heads);
      all ??= starts.map((_, n) => byNumber(n));
      return all;
    },
    events: indexEvents,
  };

  const read = (n: number) => {
    let loading = shards.get(n);
    if (!loading) {
      loading = readShard(n).then((shard) => {
        for (const body of shard.entities) bodies.set(body[0], body);
        for (const [i, doc] of shard.documentNumbers.entries()) {
          const row = shard.documents[i] as PackedDocument;
          rows.set(doc, row);
          const file = unpacking.file(doc);
          documents.set(file, unpackDocument(file, row, index.strings));
        }
        for (const e of shard.events) packedEvents.set(e.id, e);
      });
      loading.catch(() => shards.delete(n)); // a failed read is tried again next time
      shards.set(n, loading);
    }
    return loading;
  };
  const readAll = (numbers: Iterable<number>) => Promise.all([...new Set(numbers)].map(read));

  return {
    kb,
    counts: { articles: index.documentCount, entities: index.entityCount, events: index.events.length },
    entity: (id) => full.get(id) ?? head(id),
    document: (file) => documents.get(file),
    byAlias: (key) =>
      lookupLine(index.aliases, key)
        ?.split('\t')
        .map((n) => byNumber(Number(n))) ?? [],
    byNamePart: (key) => nameParts().get(key) ?? [],
    event: (id) => events.get(id),
    eventsWith: (entityId) => eventsWith.get(entityId) ?? [],
    async ensure({ entities = [], events: eventIds = [], documents: wanted = [] }: KbNeeds) {
      await readAll([...entities, ...eventIds].map((k) => shardOf(k, index.shardCount)));
      const entityBodies = entities.flatMap((id) => {
        const body = bodies.get(id);
        const known = head(id);
        return body && known ? [{ body, known }] : [];
      });
      const eventRows = eventIds.flatMap((id) => packedEvents.get(id) ?? []);
      // An entity's card also lists the articles of the events it takes part in.
      const told = entities.flatMap((id) => eventsWith.get(id) ?? []);
      const docs = [
        ...wanted.flatMap((file) => numberOfFile(file) ?? []),
        ...entityBodies.flatMap(({ body }) => body[2]),
        ...eventRows.flatMap((e) => e.docs),
        ...told.flatMap((e) => eventDocs.get(e.id) ?? []),
      ];
      await readAll(docs.map((n) => shardOfDocument(n, index.shardCount)));
      for (const { body, known } of entityBodies) {
        const others = known.aliases.filter((a) => a !== known.name);
        full.set(known.id, unpackEntity(withHead(body, known.name, known.type, others), unpacking));
      }
      for (const e of eventRows) events.set(e.id, unpackEvent(e, unpacking));
    },
  };
}
