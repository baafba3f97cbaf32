/**
 * A name cut from a longer one: every time its sentences write it, a capitalized word stands
 * right before it ("Security Council of Quenwick" read as "Council of Quenwick") or a dash joins
 * it to one ("Velmar–Tessaly Bridge" read as "Tessaly Bridge"). Read on the world KB, such
 * names of few documents were faulty 23 times in 25 for bodies and 23 in 25 for places. Not for people:
 * a title stands before their names ("Adviser Marlo Quent").
 */
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
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

/** True when `name` (without a qualifier such as " (Quenwick)") occurs in `sentences`, each time joined to a word before it; headlines tell nothing. */
export function isCutName(name: string, sentences: Iterable<string>): boolean {
  const bare = name.replace(/ \([^)]*\)$/, '');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(bare)}(?![\\p{L}\\p{N}])`, 'gu');
  let seen = false;
  for (const sentence of sentences) {
    if (headlineCase(sentence)) continue;
    for (const m of sentence.matchAll(pattern)) {
      if (!joinedBefore(sentence, m.index)) return false;
      seen = true;
    }
  }
  return seen;
}
