/**
 * A name cut from a longer one: every time its sentences write it, a capitalized word stands
 * right before it ("Security Council of Quenwick" read as "Council of Quenwick"), a dash joins it
 * to one ("Velmar–Tessaly Bridge" read as "Tessaly Bridge"), or the longer name goes on after it.
 * Read on the world KB, such names of few documents were faulty 23 times in 25 for bodies and 23
 * in 25 for places. Not for people at their start: a title stands before their names ("Adviser
 * Marlo Quent").
 */
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
import { PLACE_PARTICLES } from '../nlp/place-words';

/**
 * A headline's capitals ("Council Of Quenwick Meets Today"): every content word capitalized, so
 * every name follows a capital. Prose dense with names still has a lowercase verb ("said").
 */
const HEADLINE_MIN_WORDS = 4;

function headlineCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => !ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) ?? [];
  return words.length >= HEADLINE_MIN_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * "Prize for Breaking News Photography", "Defence for Children International": a capitalized word
 * and a bare "for" open a name with the one after it ("for the" leads to a body of its own).
 * "St Tavo's Medical Centre": a saint's name opens a name. World KB, December 2026: 11 and 7 such
 * names of few documents, 10 and 7 of them cut ("for the" instead: 5 in 14).
 */
const OPENED_BEFORE = /(?:\p{Lu}[\p{L}'’.-]* for|\b(?:St\.?|Saint) \p{Lu}\p{L}*['’]s) $/u;

/** The word before `at` in `sentence` when it joins the name there: capitalized, not "The", a possessive or a clause's end. */
function joinedBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  if (/\p{Lu}[\p{L}.]*[-–]$/u.test(before) || OPENED_BEFORE.test(before)) return true;
  const word = /(\S+) $/u.exec(before)?.[1];
  if (word === undefined || before.trimStart() === `${word} `) return false;
  // A compound joins only when it is a name throughout: not "Danish-based Velmar TV" nor "pro-Quenwick Velmar Council".
  const pieces = word.split(/[-–]/);
  return pieces.every((p) => /^\p{Lu}/u.test(p)) && word !== 'The' && !/['’]s?$|[,;:.)"“”]$/u.test(word);
}

/**
 * A number right after the name, not a score ("6–3"), a share ("56%") nor a count ("10 days"; a
 * verb in -s after the number reads as one too): the name is a flight's, a ship's, a model's or a
 * road's ("Velmar Air Flight 212", "Tessaly 3"). World KB, December 2026: of the 151 names of few
 * documents the cuts after a name (a number, a particle) and "for", saints' names add, 38 in 40
 * read were cut, and all 13 people (ships, flights) were.
 */
const NUMBERED = /^ \d+(?![\d.,:/–-]*\d|%| \p{Ll}+s\b)/u;

/** A particle and a capital after the name: "Santa Lucia di Piave", "Foz do Iguaçu" go on. */
function goesOnAfter(after: string): boolean {
  const particle = /^ (\p{Ll}+) \p{Lu}/u.exec(after)?.[1];
  return particle !== undefined && PLACE_PARTICLES.has(particle);
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

/**
 * True when `name` (without a qualifier such as " (Quenwick)") occurs in `sentences`, each time
 * joined to a word before it or to a longer name after it; headlines tell nothing. A person's name
 * is cut only before a number: a title before it and a particle after it ("Lula da Silva") are no cut.
 */
export function isCutName(name: string, sentences: Iterable<string>, ofPerson = false): boolean {
  const bare = name.replace(/ \([^)]*\)$/, '');
  let seen = false;
  for (const sentence of sentences) {
    // Most sentences do not hold the name at all: a substring test before the headline's word scan.
    if (!sentence.includes(bare) || headlineCase(sentence)) continue;
    for (const at of wholeWordsAt(sentence, bare)) {
      const after = sentence.slice(at + bare.length);
      const cut = NUMBERED.test(after) || (!ofPerson && (joinedBefore(sentence, at) || goesOnAfter(after)));
      if (!cut) return false;
      seen = true;
    }
  }
  return seen;
}
