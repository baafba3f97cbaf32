/**
 * A name cut from a longer one: every time its sentences write it, a capitalized word stands
 * right before it ("Security Council of Quenwick" read as "Council of Quenwick") or a dash joins
 * it to one ("Velmar–Tessaly Bridge" read as "Tessaly Bridge"). Read on the world KB, such
 * names of few documents were faulty 23 times in 25 for bodies and 23 in 25 for places. Not for people:
 * a title stands before their names ("Adviser Marlo Quent").
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** True when `name` (without a qualifier such as " (Quenwick)") occurs in `sentences`, each time joined to a word before it. */
export function isCutName(name: string, sentences: Iterable<string>): boolean {
  const bare = name.replace(/ \([^)]*\)$/, '');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(bare)}(?![\\p{L}\\p{N}])`, 'gu');
  let seen = false;
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(pattern)) {
      if (!joinedBefore(sentence, m.index)) return false;
      seen = true;
    }
  }
  return seen;
}
