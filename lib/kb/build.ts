/** Articles → knowledge base. Pure and deterministic: the same articles give the same KB. */
import type { Article } from '../corpus/article';
import { documentRecord } from './document-record';
import { buildEvents } from './event-build';
import { createKbIndex } from './kb-index';
import { mergeEntities } from './merge-entities';
import { observe } from './observe';
import { KB_VERSION, type Kb } from './schema';

export function buildKb(articles: readonly Article[]): Kb {
  if (!articles.length) throw new Error('The corpus is empty: give at least one article (.txt, .html or .jsonl).');
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const documents = sorted.map(documentRecord);
  const dates = documents.flatMap((d) => (d.date ? [d.date] : [])).sort();
  const kb: Kb = {
    version: KB_VERSION,
    date: dates.at(-1) ?? null,
    documents,
    entities: mergeEntities(sorted.flatMap(observe)),
    events: [],
  };
  // Events name their participants by entity id, so they are read once the entities are known.
  kb.events = buildEvents(sorted, createKbIndex(kb));
  return kb;
}

/** The KB as the bytes written to disk: compact JSON and a final newline. */
export function serializeKb(kb: Kb): string {
  return `${JSON.stringify(kb)}\n`;
}
