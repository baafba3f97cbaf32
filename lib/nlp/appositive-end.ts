/**
 * Where a role written after a name ("X, the spokesman for …,") stops when it runs into another
 * person's name: a role string never holds one. A title alone running into the name is that
 * person's, in a list of people, and no role of X's.
 */
import { isGivenName } from './chunk';
import { ENGLISH_FUNCTION_WORDS } from './english-words';
import { gazetteerLookup } from './gazetteer';
import { bare, bareAt, titleWordWidth } from './title-split';
import { ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, SURNAME_PARTICLES, TITLE_CONNECTORS } from './title-words';
import type { Word } from './tokenize';

const GAP = /^\s+$/;
const CAPITALIZED = /^\p{Lu}/u;

/**
 * A capitalized word at `j` that opens another person's name: a given name before another
 * capitalized word. Not a place's name, a particle ("Abu Sayyaf"), nor a run an organization's
 * head ends ("Chelsea FC").
 */
function opensName(words: readonly Word[], j: number): boolean {
  const w = words[j] as Word;
  if (!CAPITALIZED.test(w.text) || !CAPITALIZED.test(words[j + 1]?.text ?? '') || !isGivenName(w.text)) return false;
  // Inside a capitalized run, only after a title or a place ("Prime Minister of Norway Dana …"), not "the Notorious Dana
  // Front"; nor after "the" ("the notorious Dana Front"): a body's name.
  const previous = words[j - 1];
  if (previous && CAPITALIZED.test(previous.text) && GAP.test(previous.post) && !titleWordWidth(words, j - 1)) return false;
  if (bareAt(words, j - 1) === 'the' || bareAt(words, j - 2) === 'the') return false;
  let end = j + 1;
  while (GAP.test(words[end]?.post ?? '') && CAPITALIZED.test(words[end + 1]?.text ?? '')) end++;
  return !gazetteerLookup(w.text) && !SURNAME_PARTICLES.has(bare(w)) && !ORG_HEADS.has(bare(words[end] as Word));
}

/**
 * Where an appositive from `k` to `end` stops before another person's name it runs into: "X, the
 * spokesman for Prime Minister Y Z, resigns" ends before Y (and a word that only joins, "and",
 * "against"). Without an article, one title alone running straight into the name is that
 * person's, in a list of people ("X, former Governor of Ohio Y Z, and …"): null, no role of X's.
 */
export function beforeOtherName(words: readonly Word[], k: number, end: number, article: boolean): number | null {
  let at = k + 1;
  while (at <= end && !opensName(words, at)) at++;
  if (at > end) return end;
  const stop = at - 1;
  const joins = (w: Word) => ENGLISH_FUNCTION_WORDS.has(bare(w)) && !TITLE_CONNECTORS.has(bare(w)) && bare(w) !== 'the';
  if (!article && !joins(words[stop] as Word) && !words.slice(k, stop).some(joins)) return null;
  // "… and aide to former president Y Z": the title before the name is the name's; canonicalRole drops the whole (namesSomeoneAfter).
  const before = bare(words[stop] as Word);
  return ROLE_HEADS.has(before) || ROLE_MODIFIERS.has(before) ? end : withoutJoinersAtEnd(words, k, stop);
}

/** `end` moved back over the function words closing the span from `k`: "spokesman for the party and" (a name after it) ends at "party". */
function withoutJoinersAtEnd(words: readonly Word[], k: number, end: number): number {
  let stop = end;
  while (stop > k && ENGLISH_FUNCTION_WORDS.has(bare(words[stop] as Word))) stop--;
  return stop;
}
