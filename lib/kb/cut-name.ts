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
import { escapeRegExp } from '../reg-exp';

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

/**
 * True when `name` (without a qualifier such as " (Quenwick)") occurs in `sentences`, each time
 * joined to a word before it or to a longer name after it; headlines tell nothing. A person's name
 * is cut only before a number: a title before it and a particle after it ("Lula da Silva") are no cut.
 */
export function isCutName(name: string, sentences: Iterable<string>, ofPerson = false): boolean {
  const bare = name.replace(/ \([^)]*\)$/, '');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(bare)}(?![\\p{L}\\p{N}])`, 'gu');
  let seen = false;
  for (const sentence of sentences) {
    if (headlineCase(sentence)) continue;
    for (const m of sentence.matchAll(pattern)) {
      const after = sentence.slice(m.index + bare.length);
      const cut = NUMBERED.test(after) || (!ofPerson && (joinedBefore(sentence, m.index) || goesOnAfter(after)));
      if (!cut) return false;
      seen = true;
    }
  }
  return seen;
}
