import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/schema';
import { aliasKey } from '../nlp/alias-key';
import { annotate } from './annotate';

/** Longer selections are not a name: "Look up" links names, not paragraphs. */
const MAX_LOOKUP_CHARS = 200;

const one = (entities: readonly KbEntity[]) => (entities.length === 1 ? entities[0] : undefined);

/**
 * The KB entity a selected text names, or null. The matcher links it first, as on a page (so
 * "Secretary Blinken" finds Antony Blinken); a bare name the matcher will not link out of context
 * ("Blinken" alone) is then looked up by alias, then by a person's given or family name, when
 * exactly one entity answers.
 */
export function lookUpSelection(index: KbIndex, selection: string): { id: string; name: string } | null {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_LOOKUP_CHARS) return null;
  const linked = annotate(index, text).mentions.filter((m) => m.entity);
  const best = linked.find((m) => m.text === text) ?? linked.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (best?.entity) return best.entity;
  const key = aliasKey(text);
  const entity = one(index.byAlias(key)) ?? (key.includes(' ') ? undefined : one(index.byNamePart(key)));
  return entity ? { id: entity.id, name: entity.name } : null;
}
