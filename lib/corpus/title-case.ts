/**
 * Title case for names that arrive in capitals ("SEOUL", "PORT-AU-PRINCE", "MATTHEW LEE"),
 * so that a dateline's place and a shouted byline read like the same name elsewhere.
 */

/** Particles that stay lowercase inside a name ("Port-au-Prince", "Rio de Janeiro"). */
const particles = new Set([
  'au',
  'aux',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'of',
  'the',
  'van',
  'von',
  'y',
]);

function capitalize(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && particles.has(lower)) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** True when the string has letters and none of them is lowercase. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Title-case `text` if it is written all in capitals; leave mixed case alone, since
 * "McAllen" or "al-Bireh" already carry the writer's intended spelling.
 */
export function toTitleCase(text: string): string {
  if (!isAllCaps(text)) return text;
  let first = true;
  return text.replace(/\p{L}+/gu, (word, at: number) => {
    // The "s" of a possessive ("NATION'S") is not a name part of its own.
    const out = text[at - 1] === "'" && word.length === 1 ? word.toLowerCase() : capitalize(word, first);
    first = false;
    return out;
  });
}
