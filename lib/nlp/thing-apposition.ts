/**
 * A name an appositive calls a thing: "The Kelmar, a fiberglass boat, sank", "Varnos Blue, an
 * album of covers". The noun ends the appositive (punctuation or a word of APPOSITIVE_CLOSERS closes it), so "Dana
 * Hollis, a drug dealer" and "Korlan, a film director" stay people. Data: non-name-words.json.
 */
import { APPOSITIVE_CLOSERS, THING_NOUNS } from './non-name-words';

/** A comma, "a" or "an", up to two lowercase words, and the noun, before what closes the appositive. */
const APPOSITIVE = new RegExp(`^,\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}+)(?=[,.;:)]|$|\\s+(?:${APPOSITIVE_CLOSERS.join('|')})\\b)`, 'u');

/** "Portrait of Dana Hollis, a painting", "Blue Hours by Dana Hollis, a book": the appositive is the work's, the name its sitter's or author's. */
const INSIDE_A_TITLE = /\b(?:of|by)\s+$/;

/** True when the text right after a name (`after`) calls it one of the things of THING_NOUNS, and the name ends no work's title (`before` it). */
export function appositiveThing(before: string, after: string): boolean {
  const noun = APPOSITIVE.exec(after)?.[1];
  return noun !== undefined && THING_NOUNS.has(noun) && !INSIDE_A_TITLE.test(before);
}
