/**
 * "Lloyd Austin arrived. Austin said…", "Jim Jordan lost the vote, with Jordan…": a city's or a
 * country's name that is also the surname of a person named earlier reads as the person, unless
 * the text places it ("in Austin", "Austin, Texas"). After a kin noun it is a given name: "his
 * daughter Bristol", "her son Paris".
 */

import KIN from './data/kin-nouns.json';
import type { Candidate } from './detect';
import { gazetteerLookup } from './gazetteer';
import { ENDS_IN_LOCATIVE } from './locatives';

const PLACE_AFTER = /^,\s*([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)/u;

/** True when a single-word city or country candidate is written as a person would be. */
export function readsAsSurname(text: string, c: Candidate): boolean {
  const kind = gazetteerLookup(c.text)?.kind;
  if (c.type !== 'place' || (kind !== 'city' && kind !== 'country')) return false;
  if (ENDS_IN_LOCATIVE.test(text.slice(Math.max(0, c.start - 16), c.start))) return false;
  const after = PLACE_AFTER.exec(text.slice(c.end, c.end + 40));
  return !(after?.[1] && gazetteerLookup(after[1])?.type === 'place');
}

/** Nouns of a relative, lowercase: "daughter", "wife". */
export const KIN_NOUNS: ReadonlySet<string> = new Set(KIN.kinNouns);

/** True when the word before offset `start` of `text` is a kin noun: "his daughter |Bristol". */
export function kinNounBefore(text: string, start: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  return before !== null && KIN_NOUNS.has((before[1] as string).toLowerCase());
}

/** True when a candidate (one that `readsAsSurname`) follows a kin noun: "his daughter Bristol" is a person. */
export const followsKinNoun = (text: string, c: Candidate) => kinNounBefore(text, c.start);
