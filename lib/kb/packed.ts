/**
 * The whole KB as one file on disk (schema version 3): the in-memory `Kb` (schema.ts) packed by
 * packed-records.ts, with the tables its rows refer to. `unpackKb(packKb(kb))` is `kb`, and the
 * same KB always packs to the same bytes.
 */

import { runSteps, type Steps } from '../steps';
import { frontCode, frontDecode } from './front-coding';
import {
  entityIdOf,
  type PackContext,
  type PackedDocument,
  type PackedEntity,
  type PackedEvent,
  packDocument,
  packEntity,
  packEvent,
  SentenceTable,
  StringTable,
  type UnpackContext,
  unpackDocument,
  unpackEntity,
  unpackEvent,
} from './packed-records';
import type { Kb } from './schema';

export interface PackedKb {
  version: number;
  date: string | null;
  /** Document files in KB order, front-coded (front-coding.ts): a document's number is its place here. */
  files: string[];
  /** Sources, web addresses and dates of documents, each once. */
  strings: string[];
  documents: PackedDocument[];
  /** Role texts, each once. */
  roleTexts: string[];
  entities: PackedEntity[];
  events: PackedEvent[];
}

/** Numbers of `keys` by their place, for packing; a key that is not there is an error naming it. */
function numbering(keys: readonly string[], what: string): (key: string) => number {
  const numbers = new Map(keys.map((k, i) => [k, i]));
  return (key) => {
    const n = numbers.get(key);
    if (n === undefined) throw new Error(`the knowledge base refers to ${what} ${JSON.stringify(key)}, which it does not hold`);
    return n;
  };
}

/** Looks up `list[n]`; a number outside the list is an error naming what was looked up. */
export function numbered<T>(list: readonly T[], what: string): (n: number) => T {
  return (n) => {
    const item = list[n];
    if (item === undefined) throw new Error(`${what} number ${n} is not in this knowledge base`);
    return item;
  };
}

/** A pack context over a whole KB, with fresh sentence and role-text tables. */
function packContextOf(kb: Kb): PackContext {
  return {
    docNumber: numbering(
      kb.documents.map((d) => d.file),
      'document',
    ),
    entityNumber: numbering(
      kb.entities.map((e) => e.id),
      'entity',
    ),
    sentences: new SentenceTable(),
    roleTexts: new StringTable(),
  };
}

/** Records packed between two steps of `packKbSteps`. */
const RECORDS_PER_STEP = 5000;

/** `items` mapped by `f`, yielding every RECORDS_PER_STEP items. */
function* mapInSteps<T, U>(items: readonly T[], f: (item: T, n: number) => U): Steps<U[]> {
  const out: U[] = [];
  for (const [n, item] of items.entries()) {
    if (n && n % RECORDS_PER_STEP === 0) yield;
    out.push(f(item, n));
  }
  return out;
}

export function packKb(kb: Kb): PackedKb {
  return runSteps(packKbSteps(kb));
}

/** `packKb` in steps (lib/steps.ts). */
export function* packKbSteps(kb: Kb): Steps<PackedKb> {
  const c = packContextOf(kb);
  // Entities and events first: they decide which sentences each document's row keeps.
  const entities = yield* mapInSteps(kb.entities, (e) => packEntity(e, c));
  const events = yield* mapInSteps(kb.events, (e) => packEvent(e, c));
  const strings = new StringTable();
  const documents = yield* mapInSteps(kb.documents, (d, n) => packDocument(d, c.sentences.of(n), strings));
  return {
    version: kb.version,
    date: kb.date,
    files: frontCode(kb.documents.map((d) => d.file)),
    strings: strings.strings,
    documents,
    roleTexts: c.roleTexts.strings,
    entities,
    events,
  };
}

export function unpackKb(packed: PackedKb): Kb {
  const files = frontDecode(packed.files);
  if (files.length !== packed.documents.length)
    throw new Error(`the knowledge base lists ${files.length} document files for ${packed.documents.length} documents`);
  const row = numbered(packed.documents, 'document');
  const entity = numbered(packed.entities, 'entity');
  const c: UnpackContext = {
    file: numbered(files, 'document'),
    entityId: (n) => entityIdOf(entity(n)),
    sentence: (doc, n) => {
      const sentence = row(doc)[5][n];
      if (sentence === undefined) throw new Error(`sentence ${n} of document ${doc} is not in this knowledge base`);
      return sentence;
    },
    roleText: numbered(packed.roleTexts, 'role text'),
  };
  return {
    version: packed.version,
    date: packed.date,
    documents: packed.documents.map((d, n) => unpackDocument(files[n] as string, d, packed.strings)),
    entities: packed.entities.map((e) => unpackEntity(e, c)),
    events: packed.events.map((e) => unpackEvent(e, c)),
  };
}
