/**
 * A name cut from a longer one: every time its sentences write it, a capitalized word stands
 * right before it ("Security Council of Quenwick" read as "Council of Quenwick") or a dash joins
 * it to one ("Velmar–Tessaly Bridge" read as "Tessaly Bridge"). Read on the world KB, such
 * names of few documents were faulty 23 times in 25 for bodies and 23 in 25 for places. Not for people:
 * a title stands before their names ("Adviser Marlo Quent").
 */
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';

/**
 * A headline's capitals ("Council Of Quenwick Meets Today"): every content word capitalized, so
 * every name follows a capital. Prose dense with names still has a lowercase verb ("said").
 */
const HEADLINE_MIN_WORDS = 4;

function headlineCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => !ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) ?? [];
  return words.length >= HEADLINE_MIN_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The word before `at` in `sentence` when it joins the name there: capitalized, not "The", a possessive or a clause's end. */
function joinedBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  if (/\p{Lu}[\p{L}.]*[-–]$/u.test(before)) return true;
  const word = /(\S+) $/u.exec(before)?.[1];
  if (word === undefined || before.trimStart() === `${word} `) return false;
  // A compound joins only when it is a name throughout: not "Danish-based Velmar TV" nor "pro-Quenwick Velmar Council".
  const pieces = word.split(/[-–]/);
  return pieces.every((p) => /^\p{Lu}/u.test(p)) && word !== 'The' && !/['’]s?$|[,;:.)"“”]$/u.test(word);
}

// A letter or digit ending or opening two code units: a surrogate pair is read whole, as the 'u' flag reads it.
const WORD_AT_END = /[\p{L}\p{N}]$/u;
const WORD_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Where `bare` stands in `sentence` as whole words (no letter or digit on either side), left to right
 * without overlaps. A search by indexOf, not a regular expression built per name: compiling one
 * with \p{L} for each of the world KB's small bodies and places took 13 of the main thread's 45 s.
 */
export function* wholeWordsAt(sentence: string, bare: string): Generator<number> {
  for (let at = sentence.indexOf(bare); at >= 0; ) {
    const end = at + bare.length;
    const whole = !WORD_AT_END.test(sentence.slice(Math.max(0, at - 2), at)) && !WORD_AT_START.test(sentence.slice(end, end + 2));
    if (whole) yield at;
    at = sentence.indexOf(bare, whole ? end : at + 1);
  }
}

/** True when `name` (without a qualifier such as " (Quenwick)") occurs in `sentences`, each time joined to a word before it; headlines tell nothing. */
export function isCutName(name: string, sentences: Iterable<string>): boolean {
  const bare = name.replace(/ \([^)]*\)$/, '');
  let seen = false;
  for (const sentence of sentences) {
    // Most sentences do not hold the name at all: a substring test before the headline's word scan.
    if (!sentence.includes(bare) || headlineCase(sentence)) continue;
    for (const at of wholeWordsAt(sentence, bare)) {
      if (!joinedBefore(sentence, at)) return false;
      seen = true;
    }
  }
  return seen;
}
