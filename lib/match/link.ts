/**
 * Linking one detected mention to a KB entity, with a confidence and the reason the card shows.
 * Names and aliases link directly; a surname links only when the page names the full person or
 * a title stands before it and exactly one KB person fits ("Foreign Minister Park").
 */
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/schema';
import { aliasKey, cleanSurface } from '../nlp/alias-key';
import type { Detected } from '../nlp/detect';

/** Below this a mention is reported unlinked. */
export const LINK_THRESHOLD = 0.6;

export interface Link {
  entity: KbEntity;
  confidence: number;
  reason: string;
}

function sameType(d: Detected) {
  return (e: KbEntity) => e.type === d.type;
}

function describe(e: KbEntity): string {
  const role = e.roles[0]?.text;
  return role ? `${e.name}, ${role}` : e.name;
}

/** "Park" for Park Jin: a KB alias that is only part of a person's name needs support to link. */
function isNamePart(entity: KbEntity, key: string): boolean {
  const name = aliasKey(entity.name);
  return entity.type === 'person' && name !== key && name.split(' ').includes(key);
}

export function linkMention(index: KbIndex, d: Detected): Link | null {
  const key = aliasKey(d.name);
  const byName = index.byAlias(key).filter(sameType(d));
  if (byName.length === 1 && !(d.via !== 'surname' && isNamePart(byName[0] as KbEntity, key))) {
    const entity = byName[0] as KbEntity;
    if (d.via === 'surname') return { entity, confidence: 0.85, reason: `surname of ${describe(entity)}` };
    const exact = cleanSurface(d.text).toLowerCase() === entity.name.toLowerCase();
    return { entity, confidence: exact ? 0.95 : 0.9, reason: exact ? 'name' : `alias "${d.text}"` };
  }
  // A lone surname with a title before it: "Secretary Blinken", "Foreign Minister Park".
  if (d.type === 'person' && d.title && !d.name.includes(' ')) {
    const people = index.byNamePart(aliasKey(d.name));
    if (people.length === 1) {
      const entity = people[0] as KbEntity;
      return { entity, confidence: 0.7, reason: `surname of ${describe(entity)}` };
    }
  }
  return null;
}
