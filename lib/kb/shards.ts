/**
 * The sharded KB layout, for KBs too large to parse whole when the service worker starts: a small
 * index (entity heads, alias keys, events without their sentences, document files) read at start,
 * what marking a page needs; then, read on demand (`ensure` of sharded-index.ts), the document
 * table (every document's date and source, which a card ranks and counts an entity's articles by), record
 * shards of full entity and event records, and document shards of document rows (with the
 * sentences the KB quotes). Documents have shards of their own, small ones, because a card reads a
 * few rows of thousands. Written by `backstory build --shards`.
 */
import { aliasKey } from '../nlp/alias-key';
import { runSteps, type Steps } from '../steps';
import { type DocumentHeads, encodeDocumentHeads } from './document-heads';
import { fnv1a } from './fingerprint';
import { field, type ImpliedKey, tableRows, toLineTable } from './line-table';
import { type PackedKb, packKbSteps, unpackKb } from './packed';
import { bodyOf, entityIdOf, type PackedDocument, type PackedEntityBody, type PackedEvent, withHead } from './packed-records';
import type { EntityType, Kb } from './schema';
import { slug } from './slug';

export const SHARDED_LAYOUT = 'backstory-shards';
/** Entity and event records per record shard, about: a page's entities are read in a few small files. */
const RECORDS_PER_SHARD = 200;
/** Document rows per document shard: a card reads a row from each of some tens of them (about 16 KB each on the world corpus). */
export const DOCUMENTS_PER_SHARD = 64;

/** The document table's file, in the shards folder: read with a KB's first records, not at its start. */
export const DOCUMENT_TABLE_FILE = 'documents.json';

/**
 * The index read at every service-worker start: what the matcher needs of each entity before its
 * card (a head), the alias keys, the events, the role texts heads refer to and the document files
 * events refer to; lists of names as line tables (line-table.ts), not objects.
 */
export interface ShardedIndex {
  version: number;
  layout: typeof SHARDED_LAYOUT;
  /** Names the index's content (indexId), first after the layout so a reader finds it in the file's first bytes (idOfIndexText). */
  id: string;
  date: string | null;
  /** Record shards (`shardFile`); document shards are `ceil(documentCount / DOCUMENTS_PER_SHARD)` (`documentShardFile`); one document table. */
  shardCount: number;
  entityCount: number;
  documentCount: number;
  /**
   * id → `name TAB type TAB number of its first role in roleTexts TAB other aliases…`, in id order:
   * an entity's number is its line's place. Written short, as the worker reads it at every start:
   * the id left out when it is the slug of an ASCII name (`headId`), the type one letter
   * (`TYPE_CODES`), no number when the entity has no role (`formatHead`).
   */
  heads: string;
  /** Alias key → numbers of the entities with that name or alias, tab-separated. (People's name parts are read from the heads when first asked for.) */
  aliases: string;
  /** The packed KB's role texts and document files (front-coded), packed.ts: events name their documents, and layering reads them (layer.ts). */
  roleTexts: string[];
  files: string[];
  /** Every event without its sentences (`sentences` empty), which are in the event's shard. */
  events: PackedEvent[];
}

/** The packed KB's document strings (packed-records.ts) and each document's date and source. */
export interface DocumentTable {
  strings: string[];
  /** Each document's date and source (document-heads.ts). */
  documentHeads: DocumentHeads;
}

/** Packed records (packed-records.ts): entities without their heads, and full event records, sentences included. */
export interface Shard {
  entities: PackedEntityBody[];
  events: PackedEvent[];
}

/** The rows of documents `n × DOCUMENTS_PER_SHARD` onwards, in number order, for document shard `n`. */
export interface DocumentShard {
  documents: PackedDocument[];
}

/** The shard an entity id or an event id is in. */
export const shardOf = (key: string, shardCount: number) => fnv1a(key) % shardCount;

/** The document shard of document number `n`. */
export const shardOfDocument = (n: number) => Math.floor(n / DOCUMENTS_PER_SHARD);

/** How many document shards a KB of `documentCount` documents has. */
export const documentShardCount = (documentCount: number) => Math.ceil(documentCount / DOCUMENTS_PER_SHARD);

/** A record shard's file, relative to the shards folder: "0007.json". */
export const shardFile = (n: number) => `${String(n).padStart(4, '0')}.json`;

/** A document shard's file, relative to the shards folder: "d0007.json". */
export const documentShardFile = (n: number) => `d${String(n).padStart(4, '0')}.json`;

/** Every file of a sharded KB's shards folder, in order: the document table, record shards, then document shards. */
export const shardFileNames = ({ shardCount, documentCount }: Pick<ShardedIndex, 'shardCount' | 'documentCount'>) => [
  DOCUMENT_TABLE_FILE,
  ...Array.from({ length: shardCount }, (_, n) => shardFile(n)),
  ...Array.from({ length: documentShardCount(documentCount) }, (_, n) => documentShardFile(n)),
];

/** True when `file` (of `shardFileNames`) is a document shard. */
export const isDocumentShardFile = (file: string) => /^d\d+\.json$/.test(file);

/** What a file of the shards folder holds. */
export type ShardContent = DocumentTable | Shard | DocumentShard;

/** The files of a sharded KB's shards folder, as [file name, content], in `shardFileNames` order. */
export function shardFiles({ index, table, shards, documentShards }: ShardedKb): [string, ShardContent][] {
  const contents = [table, ...shards, ...documentShards];
  return shardFileNames(index).map((file, n) => [file, contents[n] as ShardContent]);
}

function add(map: Map<string, number[]>, key: string, n: number): void {
  const numbers = map.get(key);
  if (!numbers) map.set(key, [n]);
  else if (numbers.at(-1) !== n) numbers.push(n);
}

/** A KB's sharded layout: its index, document table and shards (in shard order). */
export interface ShardedKb {
  index: ShardedIndex;
  table: DocumentTable;
  shards: Shard[];
  documentShards: DocumentShard[];
}

/** A KB in the sharded layout. Deterministic, as the KB is. */
export function toShards(kb: Kb): ShardedKb {
  return runSteps(toShardsSteps(kb));
}

/** `toShards` in steps (lib/steps.ts). */
export function* toShardsSteps(kb: Kb): Steps<ShardedKb> {
  const packed = yield* packKbSteps(kb);
  const shardCount = Math.max(1, Math.ceil((kb.entities.length + kb.events.length) / RECORDS_PER_SHARD));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({ entities: [], events: [] }));
  const documentShards: DocumentShard[] = Array.from({ length: documentShardCount(kb.documents.length) }, (_, n) => ({
    documents: packed.documents.slice(n * DOCUMENTS_PER_SHARD, (n + 1) * DOCUMENTS_PER_SHARD),
  }));
  const aliases = new Map<string, number[]>();
  const roleNumbers = new Map(packed.roleTexts.map((text, n) => [text, n]));
  const heads = kb.entities.map((e, n) => {
    for (const a of [e.name, ...e.aliases]) add(aliases, aliasKey(a), n);
    const others = e.aliases.filter((a) => a !== e.name);
    const role = e.roles[0] ? (roleNumbers.get(e.roles[0].text) ?? -1) : -1;
    return [e.id, formatHead(e.name, e.type, role, others)] as const;
  });
  yield;
  for (const row of packed.entities) shards[shardOf(entityIdOf(row), shardCount)]?.entities.push(bodyOf(row));
  for (const e of packed.events) shards[shardOf(e.id, shardCount)]?.events.push(e);
  yield;
  const body: Omit<ShardedIndex, 'version' | 'layout' | 'id'> = {
    date: kb.date,
    shardCount,
    entityCount: kb.entities.length,
    documentCount: kb.documents.length,
    // Entities are sorted by id, as the heads' lines are: an entity's number is its place in both.
    heads: toLineTable(heads, headId),
    aliases: toLineTable([...aliases].map(([key, numbers]) => [key, numbers.join('\t')] as const)),
    roleTexts: packed.roleTexts,
    files: packed.files,
    // Matching and timelines read events' roles, labels and dates at once; only a card reads what they say.
    events: packed.events.map((e) => ({ ...e, sentences: [] })),
  };
  yield;
  const table: DocumentTable = {
    strings: packed.strings,
    documentHeads: encodeDocumentHeads(
      packed.documents.map((row) => row[1]),
      packed.documents.map((row) => row[2]),
    ),
  };
  return { index: { version: kb.version, layout: SHARDED_LAYOUT, id: indexId(JSON.stringify(body)), ...body }, table, shards, documentShards };
}

/** An id of an index's content: two 32-bit hashes of its JSON and its length, in hex. */
const indexId = (json: string) => [fnv1a(json), fnv1a(json, 0x01000193), json.length].map((n) => n.toString(16)).join('-');

const ID_AT_START = new RegExp(`^\\{"version":\\d+,"layout":"${SHARDED_LAYOUT}","id":"([0-9a-f-]+)"`);

/**
 * The id of a sharded index from the first bytes of its file, or null when they are not the start
 * of one: a reader that keeps a copy of the index (the service worker) can tell whether its copy is
 * this one before the rest of the file is read.
 */
export const idOfIndexText = (start: string): string | null => ID_AT_START.exec(start)?.[1] ?? null;

/** An entity type as a head writes it. */
const TYPE_CODES: Record<EntityType, string> = { person: 'p', place: 'l', organization: 'o' };
const TYPE_OF_CODE = new Map(Object.entries(TYPE_CODES).map(([type, code]) => [code, type as EntityType]));

/** A head line's value: its fields, tab-separated; an entity with no role (-1) has an empty role field. */
const formatHead = (name: string, type: EntityType, role: number, others: readonly string[]) =>
  [name, TYPE_CODES[type], role < 0 ? '' : role, ...others].map((v) => field(String(v))).join('\t');

/**
 * The id a head's value implies: its name's slug, where the name is printable ASCII (no Unicode
 * normalization, so node and every browser make the same slug); null otherwise.
 */
export const headId: ImpliedKey = (value) => {
  const name = value.slice(0, value.indexOf('\t'));
  return /^[\x20-\x7e]*$/.test(name) ? slug(name) : null;
};

/**
 * A head line's fields. Heads of earlier versions (a pack kept in a reader's pack store) spell
 * their types out and write -1 for no role: read alike.
 */
export function parseHead(line: string): { name: string; type: EntityType; role: number; others: string[] } {
  const [name = '', type = '', role = '', ...others] = line.split('\t');
  return { name, type: TYPE_OF_CODE.get(type) ?? (type as EntityType), role: role === '' ? -1 : Number(role), others };
}

/** Every entity's head, in id order (an entity's number is its place here). */
export const headRows = (heads: string) => tableRows(heads, headId).map(([id, line]) => ({ id, ...parseHead(line) }));

/** Where a sharded KB's shards are, beside its index: "kb/bundled.json" → "kb/bundled.shards". */
export const shardsFolderOf = (indexPath: string) => `${indexPath.replace(/\.json$/, '')}.shards`;

/** The whole KB back from its index, document table and every shard: what `toShards` was given. */
export function joinShards(index: ShardedIndex, table: DocumentTable, shards: readonly Shard[], documentShards: readonly DocumentShard[]): Kb {
  const full = new Map(shards.flatMap((s) => s.events).map((e) => [e.id, e]));
  const bodies = new Map(shards.flatMap((s) => s.entities).map((b) => [b[0], b]));
  const documents = documentShards.flatMap((s) => s.documents);
  const packed: PackedKb = {
    version: index.version,
    date: index.date,
    files: index.files,
    strings: table.strings,
    documents,
    roleTexts: index.roleTexts,
    entities: headRows(index.heads).map(({ id, name, type, others }) => withHead(bodies.get(id) as PackedEntityBody, name, type, others)),
    events: index.events.map((e) => full.get(e.id) ?? e),
  };
  return unpackKb(packed);
}
