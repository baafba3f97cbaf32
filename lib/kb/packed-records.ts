/**
 * Records as the KB stores them on disk (packed.ts, shards.ts): rows instead of keyed objects, every
 * sentence once in the row of the document it comes from, and documents and entities referred to
 * by number (their place in the KB's sorted lists). A sentence is referred to by its document's
 * number and its place in that document's row. Each `pack…` has its exact inverse `unpack…`.
 */
import { decodeFingerprint, encodeFingerprint } from './fingerprint';
import { byCode } from './kb-state';
import type { EntityType, KbCoverage, KbDocument, KbEntity, KbEvent, KbRole } from './schema';
import { slug } from './slug';

/**
 * `[title, date, source, url, fingerprint, sentences, titleDerived, subtitle, authors, dateline]`:
 * date, source and url are numbers in the KB's string table (-1: none); the fields after
 * `sentences` are mostly empty, so a row ends at its last one that is not.
 */
export type PackedDocument = [string, number, number, number, string, string[], ...unknown[]];

/** `[id, name, type, other aliases, roles, docs, sentences, related]` (see `packEntity`); id is empty when it is the name's slug. */
export type PackedEntity = [string, string, EntityType, string[], number[], number[], number[][], number[]];

/** An entity's row without what a sharded KB's index holds of it (name, type, other aliases): `[id, roles, docs, sentences, related]`. */
export type PackedEntityBody = [string, number[], number[], number[][], number[]];

export const bodyOf = (row: PackedEntity): PackedEntityBody => [entityIdOf(row), ...(row.slice(4) as [number[], number[], number[][], number[]])];

export const withHead = ([id, ...rest]: PackedEntityBody, name: string, type: EntityType, others: string[]): PackedEntity => [id, name, type, others, ...rest];

/** An event with its documents by number and, per document, its sentences by place. */
export type PackedEvent = Omit<KbEvent, 'docs' | 'coverage'> & { docs: number[]; sentences: number[][] };

/** Strings that repeat (documents' sources, web addresses and dates; role texts), each kept once and referred to by number. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();
  numberOf(text: string | null): number {
    if (text === null) return -1;
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.strings.push(text) - 1;
      this.numbers.set(text, n);
    }
    return n;
  }
}

/** The sentences the KB quotes from each document, each once, numbered in order of first use. */
export class SentenceTable {
  private readonly byDocument = new Map<number, Map<string, number>>();
  numberOf(doc: number, sentence: string): number {
    let sentences = this.byDocument.get(doc);
    if (!sentences) {
      sentences = new Map();
      this.byDocument.set(doc, sentences);
    }
    const n = sentences.get(sentence);
    if (n !== undefined) return n;
    sentences.set(sentence, sentences.size);
    return sentences.size - 1;
  }
  of(doc: number): string[] {
    return [...(this.byDocument.get(doc)?.keys() ?? [])];
  }
}

/** Looks up numbers of documents (by file) and entities (by id) while packing. */
export interface PackContext {
  docNumber(file: string): number;
  entityNumber(id: string): number;
  sentences: SentenceTable;
  roleTexts: StringTable;
}

/** Turns numbers back into files, ids and sentences while unpacking; every lookup checks its number. */
export interface UnpackContext {
  file(doc: number): string;
  entityId(n: number): string;
  sentence(doc: number, n: number): string;
  roleText(n: number): string;
  /**
   * Sentences looked up when first read, not while unpacking: a sharded KB reads the rows (which
   * hold the sentences) of only the documents a card shows, of an entity's thousands.
   */
  deferSentences?: boolean;
}

/** `record` with `key` set to `value()`, now or, with `defer`, when first read (then kept). */
function withValue<T extends object, K extends string, V>(record: T, key: K, value: () => V, defer: boolean | undefined): T & Record<K, V> {
  if (!defer) return Object.assign(record, { [key]: value() } as Record<K, V>);
  let known: { value: V } | undefined;
  return Object.defineProperty(record, key, {
    enumerable: true,
    get: () => {
      known ??= { value: value() };
      return known.value;
    },
  }) as T & Record<K, V>;
}

const OPTIONAL_FIELDS_FROM = 6;

export function packDocument(d: KbDocument, sentences: string[], strings: StringTable): PackedDocument {
  const row: PackedDocument = [
    d.title,
    strings.numberOf(d.date),
    strings.numberOf(d.source),
    strings.numberOf(d.url),
    encodeFingerprint(d.fingerprint),
    sentences,
    d.titleDerived ? 1 : 0,
    d.subtitle,
    d.authors,
    d.dateline,
  ];
  const isEmpty = (v: unknown) => v === null || v === 0 || (Array.isArray(v) && v.length === 0);
  while (row.length > OPTIONAL_FIELDS_FROM && isEmpty(row.at(-1))) row.pop();
  return row;
}

export function unpackDocument(file: string, row: PackedDocument, strings: readonly string[]): KbDocument {
  const [title, date, source, url, fingerprint, , titleDerived = 0, subtitle = null, authors = [], dateline = null] = row;
  const string = (n: number) => (n < 0 ? null : (strings[n] ?? null));
  return {
    file,
    title,
    titleDerived: titleDerived === 1,
    subtitle: subtitle as string | null,
    source: string(source),
    date: string(date),
    url: string(url),
    authors: authors as string[],
    dateline: dateline as string | null,
    fingerprint: decodeFingerprint(fingerprint),
  };
}

/** Coverage as documents by number and, per document, the numbers of its sentences. */
function packCoverage(coverage: readonly KbCoverage[], c: PackContext): { docs: number[]; sentences: number[][] } {
  const docs = coverage.map((x) => c.docNumber(x.doc));
  return { docs, sentences: coverage.map((x, i) => x.sentences.map((s) => c.sentences.numberOf(docs[i] as number, s))) };
}

/**
 * A coverage entry whose sentences are looked up when first read. The getter is the class's, not
 * one made for each entry as `withValue` does: the world KB's United States has 20,000 entries,
 * and a card unpacks every entity of the page. JSON gives it as the plain entry.
 */
class DeferredCoverage implements KbCoverage {
  readonly doc: string;
  readonly #at: number;
  readonly #numbers: readonly number[];
  readonly #c: UnpackContext;
  #sentences: string[] | undefined;
  constructor(at: number, numbers: readonly number[], c: UnpackContext) {
    this.doc = c.file(at);
    this.#at = at;
    this.#numbers = numbers;
    this.#c = c;
  }
  get sentences(): string[] {
    this.#sentences ??= this.#numbers.map((n) => this.#c.sentence(this.#at, n));
    return this.#sentences;
  }
  toJSON(): KbCoverage {
    return { doc: this.doc, sentences: this.sentences };
  }
}

function unpackCoverage(docs: readonly number[], sentences: readonly number[][], c: UnpackContext): KbCoverage[] {
  if (c.deferSentences) return docs.map((doc, i) => new DeferredCoverage(doc, sentences[i] ?? [], c));
  return docs.map((doc, i) => ({ doc: c.file(doc), sentences: (sentences[i] ?? []).map((n) => c.sentence(doc, n)) }));
}

/**
 * An entity's row. Its documents are those of its coverage (the builder keeps them equal), so they
 * are stored once; roles are flat triples (role text, document, sentence) and related entities
 * flat pairs (entity, count), which JSON writes without a bracket per item. Most ids are their
 * name's slug (slug.ts) and are not stored; the few the builder made unique are.
 */
export function packEntity(e: KbEntity, c: PackContext): PackedEntity {
  const { docs, sentences } = packCoverage(e.coverage, c);
  const roles = e.roles.flatMap((r) => {
    const doc = c.docNumber(r.doc);
    return [c.roleTexts.numberOf(r.text), doc, c.sentences.numberOf(doc, r.sentence)];
  });
  const related = e.related.flatMap((r) => [c.entityNumber(r.id), r.count]);
  return [e.id === slug(e.name) ? '' : e.id, e.name, e.type, e.aliases.filter((a) => a !== e.name), roles, docs, sentences, related];
}

export const entityIdOf = (row: PackedEntity) => row[0] || slug(row[1]);

export function unpackEntity(row: PackedEntity, c: UnpackContext): KbEntity {
  const [, name, type, others, flatRoles, docs, sentences, flatRelated] = row;
  const id = entityIdOf(row);
  const roles: KbRole[] = [];
  for (let i = 0; i < flatRoles.length; i += 3) {
    const [text, doc, sentence] = flatRoles.slice(i, i + 3) as [number, number, number];
    roles.push(withValue({ text: c.roleText(text), doc: c.file(doc) }, 'sentence', () => c.sentence(doc, sentence), c.deferSentences));
  }
  const related: KbEntity['related'] = [];
  for (let i = 0; i < flatRelated.length; i += 2) related.push({ id: c.entityId(flatRelated[i] as number), count: flatRelated[i + 1] as number });
  const coverage = unpackCoverage(docs, sentences, c);
  return {
    id,
    name,
    type,
    aliases: [name, ...others].sort(byCode),
    roles,
    docs: coverage.map((x) => x.doc),
    coverage,
    related,
  };
}

export function packEvent(e: KbEvent, c: PackContext): PackedEvent {
  const { docs: _docs, coverage, ...rest } = e;
  return { ...rest, ...packCoverage(coverage, c) };
}

/** A sharded KB's index keeps events without their sentences (`sentences` empty): then the coverage is empty too, until the event's shard is read. */
export function unpackEvent(e: PackedEvent, c: UnpackContext): KbEvent {
  const { docs, sentences, storyline, ...rest } = e;
  const coverage = sentences.length ? unpackCoverage(docs, sentences, c) : [];
  // In the schema's order of fields, as the builder makes them: the same KB gives the same JSON.
  return { ...rest, docs: docs.map((d) => c.file(d)), coverage, storyline };
}
