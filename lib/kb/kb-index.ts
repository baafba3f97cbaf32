/** Lookups over a loaded KB: entities by id, documents by file, entities by alias key, events by id and participant. */

import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import type { Kb, KbDocument, KbEntity, KbEvent } from './schema';

/** Records a card is about to read: entities (with their documents), events (with theirs), documents. */
export interface KbNeeds {
  entities?: readonly string[];
  events?: readonly string[];
  documents?: readonly string[];
}

/** What a card ranks and counts a document by, of the many it will not show. */
export type DocumentHead = Pick<KbDocument, 'date' | 'source'>;

/** How many articles, entities and events a KB holds. */
export interface KbCounts {
  articles: number;
  entities: number;
  events: number;
}

export const countsOf = (kb: Kb): KbCounts => ({ articles: kb.documents.length, entities: kb.entities.length, events: kb.events.length });

export interface KbIndex {
  readonly kb: Kb;
  /** The KB's size, known without reading it all (a sharded KB's documents are read only as cards need them). */
  readonly counts: KbCounts;
  entity(id: string): KbEntity | undefined;
  document(file: string): KbDocument | undefined;
  /** A document's date and source, known before `ensure` reads its record (a sharded KB keeps them in its index); undefined when the KB has no such document. */
  documentHead(file: string): DocumentHead | undefined;
  /** Entities with this alias key (from their names and every alias). */
  byAlias(key: string): readonly KbEntity[];
  /** People one of whose names (given or family) has this key: "blinken", "park". */
  byNamePart(key: string): readonly KbEntity[];
  event(id: string): KbEvent | undefined;
  /** Events the entity takes part in, in KB order. */
  eventsWith(entityId: string): readonly KbEvent[];
  /**
   * Resolves once `entity` and `document` give the full records of `needs`. A whole KB has them
   * all already; a sharded one (sharded-index.ts) reads their shards. Call it before a card is built.
   */
  ensure(needs: KbNeeds): Promise<void>;
}

/** Lists an entity under `key` once (a name can repeat among its aliases). */
function push(map: Map<string, KbEntity[]>, key: string, e: KbEntity): void {
  if (!map.get(key)?.includes(e)) appendTo(map, key, e);
}

export function createKbIndex(kb: Kb): KbIndex {
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  const documents = new Map(kb.documents.map((d) => [d.file, d]));
  const aliases = new Map<string, KbEntity[]>();
  const nameParts = new Map<string, KbEntity[]>();
  const events = new Map(kb.events.map((e) => [e.id, e]));
  const eventsWith = new Map<string, KbEvent[]>();
  for (const e of kb.events) for (const p of e.participants) appendTo(eventsWith, p, e);
  for (const e of kb.entities) {
    for (const a of [e.name, ...e.aliases]) push(aliases, aliasKey(a), e);
    if (e.type === 'person') for (const part of aliasKey(e.name).split(' ')) push(nameParts, part, e);
  }
  return {
    kb,
    counts: countsOf(kb),
    entity: (id) => entities.get(id),
    document: (file) => documents.get(file),
    documentHead: (file) => documents.get(file),
    byAlias: (key) => aliases.get(key) ?? [],
    byNamePart: (key) => nameParts.get(key) ?? [],
    event: (id) => events.get(id),
    eventsWith: (entityId) => eventsWith.get(entityId) ?? [],
    ensure: () => Promise.resolve(),
  };
}
