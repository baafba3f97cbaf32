/**
 * A `KbIndex` over a sharded KB (shards.ts): lookups by alias and name part answer at once from the
 * index's entity heads, enough for the matcher. The first `ensure` reads the document table, from
 * then on documents' dates and sources (`documentHead`) answer at once too. Full entity and event
 * records come from their record shards when `ensure` asks for them, and documents' rows from their
 * document shards, each file read once. Until then `entity(id)` gives the head (name, type,
 * aliases, first role; no coverage), `event(id)` the event without its coverage, and `document`
 * and `documentHead` nothing. An entity's sentences are in its
 * documents' rows: they are looked up when first read, so a card ensures the rows it shows
 * (card-model.ts `cardDocuments`), not the thousands an entity may have.
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { documentHeadAt } from './document-heads';
import { frontDecode } from './front-coding';
import type { KbIndex, KbNeeds } from './kb-index';
import { byCode } from './kb-state';
import { lookupLine, rowOfLine } from './line-table';
import { parseDocumentShard, parseDocumentTable, parseShard } from './load';
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
import type { Kb, KbCoverage, KbDocument, KbEntity, KbEvent } from './schema';
import type { DocumentTable, ShardedIndex } from './shards';
import { DOCUMENT_TABLE_FILE, DOCUMENTS_PER_SHARD, documentShardFile, headId, parseHead, shardFile, shardOf, shardOfDocument } from './shards';

/** Reads a file of the shards folder ("0007.json", "d0012.json") and parses its JSON; errors say which file. */
export type ReadShardFile = (file: string) => Promise<unknown>;

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
 * when first read: the index's list of files is decoded only then, not at the worker's start. The
 * getter is the class's, not one made for each event: the world KB's 3,376 are made at every
 * start. JSON gives it as a plain event.
 */
class IndexEvent implements KbEvent {
  readonly id: string;
  readonly label: string;
  readonly kind: KbEvent['kind'];
  readonly date: string | null;
  readonly place: string | null;
  readonly agents: string[];
  readonly targets: string[];
  readonly participants: string[];
  readonly storyline: string | null;
  readonly coverage: KbCoverage[] = [];
  readonly #numbers: readonly number[];
  readonly #c: UnpackContext;
  #docs: string[] | undefined;
  constructor(e: PackedEvent, c: UnpackContext) {
    this.id = e.id;
    this.label = e.label;
    this.kind = e.kind;
    this.date = e.date;
    this.place = e.place;
    this.agents = e.agents;
    this.targets = e.targets;
    this.participants = e.participants;
    this.storyline = e.storyline;
    this.#numbers = e.docs;
    this.#c = c;
  }
  get docs(): string[] {
    this.#docs ??= this.#numbers.map((n) => this.#c.file(n));
    return this.#docs;
  }
  toJSON(): KbEvent {
    const { id, label, kind, date, place, agents, targets, participants, docs, coverage, storyline } = this;
    return { id, label, kind, date, place, agents, targets, participants, docs, coverage, storyline };
  }
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
export function createShardedKbIndex(index: ShardedIndex, readFile: ReadShardFile): KbIndex {
  // Each entity's head made once, found by id (null: no such id) or by number.
  const made = new Map<string, KbEntity | null>();
  const make = (id: string, line: string | null) => {
    if (!made.has(id)) made.set(id, line === null ? null : fromHead(id, line, index.roleTexts));
    return made.get(id) ?? undefined;
  };
  const head = (id: string) => (made.has(id) ? (made.get(id) ?? undefined) : make(id, lookupLine(index.heads, id, headId)));
  // What is read from the heads, the document list and the shards only when first needed.
  let starts: number[] | undefined;
  const headLine = (n: number): [string, string] => {
    starts ??= lineStarts(index.heads);
    const start = starts[n];
    if (start === undefined) throw new Error(`entity number ${n} is not in this knowledge base`);
    const end = starts[n + 1] === undefined ? index.heads.length : (starts[n + 1] as number) - 1;
    return rowOfLine(index.heads.slice(start, end), headId);
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
  let table: DocumentTable | undefined;
  const documentTable = () => {
    if (!table) throw new Error('the document table is not read yet: ensure() reads it');
    return table;
  };
  let files: string[] | undefined;
  const fileList = () => {
    files ??= frontDecode(index.files);
    return files;
  };
  let fileOf: ((n: number) => string) | undefined;
  // The number of each file unpacked so far: a card looks up the files of the entities it unpacked,
  // so a map of every file of the KB (113,877 for the world corpus) is made only for another file.
  const unpackedFiles = new Map<string, number>();
  let allFiles: Map<string, number> | undefined;
  const numberOfFile = (file: string) => {
    const n = unpackedFiles.get(file);
    if (n !== undefined) return n;
    if (!allFiles) {
      // A loop, not a map to pairs: 100,000s of pairs made only to be dropped kept the collector busy.
      const list = fileList();
      allFiles = new Map();
      for (let k = 0; k < list.length; k++) allFiles.set(list[k] as string, k);
    }
    return allFiles.get(file);
  };
  const rows = new Map<number, PackedDocument>();
  const unpacking: UnpackContext = {
    file: (n) => {
      fileOf ??= numbered(fileList(), 'document');
      const file = fileOf(n);
      unpackedFiles.set(file, n);
      return file;
    },
    entityId: (n) => headLine(n)[0],
    sentence: (doc, n) => {
      const sentence = rows.get(doc)?.[5][n];
      if (sentence === undefined) throw new Error(`sentence ${n} of document ${doc} is not in the shards read`);
      return sentence;
    },
    roleText: numbered(index.roleTexts, 'role text'),
    deferSentences: true,
  };
  const string = (n: number) => (n < 0 ? null : (documentTable().strings[n] ?? null));

  const bodies = new Map<string, PackedEntityBody>();
  const packedEvents = new Map<string, PackedEvent>();
  const full = new Map<string, KbEntity>();
  const documents = new Map<string, KbDocument>();
  const reads = new Map<string, Promise<void>>();
  const indexEvents: KbEvent[] = index.events.map((e) => new IndexEvent(e, unpacking));
  const events = new Map(indexEvents.map((e) => [e.id, e]));
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

  /** Reads `file` once and keeps what it holds; a failed read is tried again next time. */
  const readOnce = (file: string, keep: (json: unknown) => void) => {
    let loading = reads.get(file);
    if (!loading) {
      loading = readFile(file).then(keep);
      loading.catch(() => reads.delete(file));
      reads.set(file, loading);
    }
    return loading;
  };
  const readRecords = (n: number) =>
    readOnce(shardFile(n), (json) => {
      const shard = parseShard(json, shardFile(n));
      for (const body of shard.entities) bodies.set(body[0], body);
      for (const e of shard.events) packedEvents.set(e.id, e);
    });
  const readDocuments = (n: number) =>
    readOnce(documentShardFile(n), (json) => {
      for (const [i, row] of parseDocumentShard(json, documentShardFile(n)).documents.entries()) {
        const doc = n * DOCUMENTS_PER_SHARD + i;
        rows.set(doc, row);
        const file = unpacking.file(doc);
        documents.set(file, unpackDocument(file, row, documentTable().strings));
      }
    });
  const each = (numbers: Iterable<number>, read: (n: number) => Promise<void>) => Promise.all([...new Set(numbers)].map(read));

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
    documentHead: (file) => {
      if (!table) return undefined;
      const n = numberOfFile(file);
      const at = n === undefined ? null : documentHeadAt(table.documentHeads, n);
      return at ? { date: string(at.date), source: string(at.source) } : undefined;
    },
    async ensure({ entities = [], events: eventIds = [], documents: wanted = [] }: KbNeeds) {
      await readOnce(DOCUMENT_TABLE_FILE, (json) => {
        table = parseDocumentTable(json, DOCUMENT_TABLE_FILE);
      });
      await each(
        [...entities, ...eventIds].map((k) => shardOf(k, index.shardCount)),
        readRecords,
      );
      const eventRows = eventIds.flatMap((id) => packedEvents.get(id) ?? []);
      // An event's card shows all its articles (a happening's few); an entity's card asks for the rows it shows.
      const docs = [...wanted.flatMap((file) => numberOfFile(file) ?? []), ...eventRows.flatMap((e) => e.docs)];
      await each(docs.map(shardOfDocument), readDocuments);
      for (const id of entities) {
        const body = bodies.get(id);
        const known = head(id);
        if (!body || !known || full.has(id)) continue;
        const others = known.aliases.filter((a) => a !== known.name);
        full.set(id, unpackEntity(withHead(body, known.name, known.type, others), unpacking));
      }
      for (const e of eventRows) events.set(e.id, unpackEvent(e, unpacking));
    },
  };
}
