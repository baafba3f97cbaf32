/**
 * Detected names the KB does not know that Backstory does not list as unknown names: on a news
 * page they are mostly no person, place or organization a reader wants.
 */
import { isDictionaryWord } from '../nlp/chunk';
import type { Detected } from '../nlp/detect';
import { gazetteerLookup } from '../nlp/gazetteer';

const ACRONYM = /^[\p{Lu}\d&.]+$/u;

/**
 * A bare acronym nothing on the page spells out and the gazetteer does not know ("VR", "FPS",
 * "PII"): mostly a technical term. One the page spells out ("Interaction Design Institute Ivrea
 * (IDII)") stays.
 */
function isUnexplainedAcronym(d: Detected): boolean {
  return !d.text.includes(' ') && ACRONYM.test(d.text) && /\p{Lu}.*\p{Lu}/u.test(d.text) && d.via !== 'acronym' && !gazetteerLookup(d.text);
}

/** "Facebook-specific", "Ohio-based": a name and a lowercase suffix make an adjective. */
const isNameAdjective = (d: Detected) => /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(d.text);

/** Words a work's title may hold at most: a game's, a film's, a book's. */
const MAX_TITLE_WORDS = 8;

/**
 * True when `d` lies inside quotation marks holding a work's title: a few words, all capitalized
 * but the small ones ("“Until Dawn: Rush of Blood”"). Quoted speech is longer, and in lowercase.
 */
function inQuotedTitle(d: Detected, text: string): boolean {
  const open = Math.max(text.lastIndexOf('“', d.start), text.lastIndexOf('"', d.start - 1));
  if (open < 0 || /[”\n]/.test(text.slice(open + 1, d.start))) return false;
  const close = text.slice(d.end).search(/[”"\n]/);
  if (close < 0 || !/[”"]/.test(text[d.end + close] ?? '')) return false;
  const words = text.slice(open + 1, d.end + close).match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return words.length <= MAX_TITLE_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 4);
}

const capitalizedWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && isDictionaryWord(w.replace(/['’]s$/, ''));

/**
 * A run of words holding English words in a Title Case headline ("Facebook Is Tracking", "Verizon
 * Leaves Shareholders With Little Say"): four words or more, all capitalized but the small ones,
 * two or more of them English words. There capitals say nothing, and the run is no one name.
 */
function inTitleCaseLine(d: Detected): boolean {
  const words = d.sentence.words.map((w) => w.text).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || !words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,4}$/u.test(w))) return false;
  return words.filter(capitalizedWord).length >= 2 && d.text.split(/\s+/).some(capitalizedWord);
}

/** True when the unlinked mention `d` of `text` is not listed as an unknown name. */
export function isUnlistedUnknown(d: Detected, text: string): boolean {
  return isUnexplainedAcronym(d) || isNameAdjective(d) || inQuotedTitle(d, text) || inTitleCaseLine(d);
}
