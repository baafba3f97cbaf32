/** One observation as an entity state, and what merging entity states shares with finalizing them. */
import { aliasKey } from '../nlp/alias-key';
import { byCode, type EntityState, nameKeyOf } from './kb-state';
import type { Observation } from './observe';
import type { EntityType, KbRole } from './schema';

/**
 * Sentences kept per document and entity. The KB shows the first three (merge-entities.ts); the
 * first three of a union of lists are among the first three of each list, so keeping three
 * changes no KB and keeps states small.
 */
export const MAX_SENTENCES_PER_DOC = 3;

/** Sentences of `more` not yet in `list`, appended, at most `MAX_SENTENCES_PER_DOC` in all. */
export function addSentences(list: string[], more: readonly string[]): void {
  for (const s of more) if (list.length < MAX_SENTENCES_PER_DOC && !list.includes(s)) list.push(s);
}

/** An entity being merged into: a state's lists as maps and sets, so adding another costs only its own size. */
export interface OpenEntity {
  type: EntityType;
  names: Map<string, number>;
  aliases: Set<string>;
  sentences: Map<string, string[]>;
  /** Duplicates kept until the end: `uniqueRoles` drops them once, instead of a scan per role. */
  roles: KbRole[];
  places: Set<string>;
}

export const openEntity = (type: EntityType): OpenEntity => ({
  type,
  names: new Map(),
  aliases: new Set(),
  sentences: new Map(),
  roles: [],
  places: new Set(),
});

/** What an entity state or an open entity holds, read alike. */
interface EntityParts {
  names: Iterable<readonly [string, number]>;
  aliases: Iterable<string>;
  sentences: Iterable<readonly [string, readonly string[]]>;
  roles: Iterable<KbRole>;
  places: Iterable<string>;
}

/** Adds what `from` says about an entity to `into`. */
export function absorbEntity(into: OpenEntity, from: EntityParts): void {
  for (const [name, count] of from.names) into.names.set(name, (into.names.get(name) ?? 0) + count);
  for (const a of from.aliases) into.aliases.add(a);
  for (const [doc, sentences] of from.sentences) {
    const list = into.sentences.get(doc) ?? [];
    addSentences(list, sentences);
    into.sentences.set(doc, list);
  }
  into.roles.push(...from.roles);
  for (const p of from.places) into.places.add(p);
}

/** The most documented first; ties by key, so builds repeat. */
export const byDocuments = (a: OpenEntity & { key: string }, b: OpenEntity & { key: string }) => b.sentences.size - a.sentences.size || byCode(a.key, b.key);

/** Into the first of `group` by `order`, the rest; each one absorbed is added to `gone`. */
export function absorbIntoFirst<T extends OpenEntity>(group: readonly T[], order: (a: T, b: T) => number, gone: Set<T>): void {
  const [into, ...rest] = [...group].sort(order);
  for (const c of rest) {
    absorbEntity(into as T, c);
    gone.add(c);
  }
}

/** The most frequent of an entity's own names (not those of surnames or short forms it absorbed). */
export function canonicalName(c: OpenEntity & { key: string }): string {
  const own = [...c.names].filter(([n]) => aliasKey(n) === nameKeyOf(c));
  return own.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || byCode(a[0], b[0]))[0]?.[0] ?? c.key;
}

/** Roles unique by (doc, text), the first one's sentence kept, sorted by doc then text. */
export function uniqueRoles(roles: Iterable<KbRole>): KbRole[] {
  const seen = new Map<string, KbRole>();
  for (const r of roles) {
    const id = `${r.doc}\u0000${r.text}`;
    if (!seen.has(id)) seen.set(id, r);
  }
  return [...seen.values()].sort((a, b) => byCode(a.doc, b.doc) || byCode(a.text, b.text));
}

/** What one mention says, as a state of its (type, name key) cluster. */
export function observationState(o: Observation): EntityState {
  return {
    key: `${o.type}|${aliasKey(o.name)}`,
    type: o.type,
    names: [[o.name, 1]],
    aliases: [...new Set(o.aliases)].sort(byCode),
    sentences: [[o.doc, [o.sentence]]],
    roles: uniqueRoles(o.roles.map((text) => ({ text, doc: o.doc, sentence: o.sentence }))),
    places: [`${o.doc}@${o.sentenceStart}`],
  };
}

/**
 * Moves what `from` says in document `doc` (sentences, roles, places) into `into`, which learns
 * `from`'s names as aliases (not its other surface forms: which documents gave those is not kept).
 */
export function takeDocument(from: OpenEntity, into: OpenEntity, doc: string): void {
  const sentences = from.sentences.get(doc) ?? [];
  const list = into.sentences.get(doc) ?? [];
  addSentences(list, sentences);
  into.sentences.set(doc, list);
  from.sentences.delete(doc);
  into.roles.push(...from.roles.filter((r) => r.doc === doc));
  from.roles = from.roles.filter((r) => r.doc !== doc);
  for (const p of [...from.places]) {
    if (!p.startsWith(`${doc}@`)) continue;
    into.places.add(p);
    from.places.delete(p);
  }
  for (const [name] of from.names) into.aliases.add(name);
}
