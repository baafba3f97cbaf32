/** Lookups over a loaded KB: entities by id, documents by file, entities by alias key. */
import { aliasKey } from '../nlp/alias-key';
import type { Kb, KbDocument, KbEntity } from './schema';

export interface KbIndex {
  readonly kb: Kb;
  entity(id: string): KbEntity | undefined;
  document(file: string): KbDocument | undefined;
  /** Entities with this alias key (from their names and every alias). */
  byAlias(key: string): readonly KbEntity[];
  /** People one of whose names (given or family) has this key: "blinken", "park". */
  byNamePart(key: string): readonly KbEntity[];
}

function push(map: Map<string, KbEntity[]>, key: string, e: KbEntity): void {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

export function createKbIndex(kb: Kb): KbIndex {
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  const documents = new Map(kb.documents.map((d) => [d.file, d]));
  const aliases = new Map<string, KbEntity[]>();
  const nameParts = new Map<string, KbEntity[]>();
  for (const e of kb.entities) {
    for (const a of [e.name, ...e.aliases]) push(aliases, aliasKey(a), e);
    if (e.type === 'person') for (const part of aliasKey(e.name).split(' ')) push(nameParts, part, e);
  }
  return {
    kb,
    entity: (id) => entities.get(id),
    document: (file) => documents.get(file),
    byAlias: (key) => aliases.get(key) ?? [],
    byNamePart: (key) => nameParts.get(key) ?? [],
  };
}
