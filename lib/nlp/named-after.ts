/**
 * A place's name inside the name of something else named after it is no mention of the place:
 * "Lisbon station" (a station, maybe in another city), "Odessa's Hidden Garden" (a brand: the
 * possessive is part of the name when capitalized common words follow that no name, title or
 * head of the sentence takes; not "Odessa's Foreign Ministry", "Odessa's Mayor Ivo Park"). Only a
 * city the gazetteer knows.
 */
import { isDictionaryWord } from './chunk';
import type { Detected } from './detect';
import { gazetteerLookup } from './gazetteer';
import { NAMED_AFTER_NOUNS, PLACE_HEADS } from './place-words';
import { bare } from './title-split';
import { HONORIFICS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from './title-words';
import type { Word } from './tokenize';

const titleOrHead = (w: string) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w);

/** True for a place's mention that is part of another thing's name; `starts` holds where the document's other names start. */
export function namesAfterPlace(d: Detected, starts: ReadonlySet<number>): boolean {
  // A city the gazetteer knows lends its name; a country's or a region's possessive is its own
  // ("Norway's Northern Fleet"), and a place it does not know is the thing itself ("Amsel Centraal station").
  if (d.type !== 'place' || gazetteerLookup(d.text)?.kind !== 'city') return false;
  const { words } = d.sentence;
  const next = words[d.last + 1];
  if (!next) return false;
  if (NAMED_AFTER_NOUNS.has(next.text) && /^\s+$/.test(words[d.last]?.post ?? '')) return true;
  if (!words[d.last]?.possessive || starts.has(next.start) || !/^\p{Lu}/u.test(next.text) || !isDictionaryWord(next.text)) return false;
  // The capitalized words after the possessive: none a title's or a name's head.
  const after: Word[] = [];
  for (const w of words.slice(d.last + 1)) {
    if (!/^\p{Lu}/u.test(w.text)) break;
    after.push(w);
  }
  return !after.some((w) => titleOrHead(bare(w)));
}
