/**
 * Unknown names detection cut short or ran on: the page writes a longer or a shorter name than
 * the one detected, so the detected one is not the page's name ("Tourism Council" of "the World
 * Travel and Tourism Council", "Xbox One S" of "Xbox One S 2TB").
 */
import { isDictionaryWord } from '../nlp/chunk';
import type { Detected } from '../nlp/detect';
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
import { holdsCodeWord } from '../nlp/non-name';
import { HONORIFICS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/title-words';

/** Small words a longer name holds between its capitalized words ("Department of Design and Construction"). */
const CONNECTOR = '(?:and|&|of|for)';
const CAPITALIZED = String.raw`\p{Lu}[\p{L}'’-]+`;
const CAPITALIZED_RUN = `${CAPITALIZED}(?: ${CAPITALIZED})*`;
const RUN_AFTER = new RegExp(`^ ${CONNECTOR} (${CAPITALIZED_RUN})`, 'u');
const RUN_BEFORE = new RegExp(`(${CAPITALIZED_RUN}) ${CONNECTOR} $`, 'u');

/** A capitalized word no name is made of alone: an English word, not a function word or a title ("Travel", "Construction"). */
function onlyInAName(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (ENGLISH_FUNCTION_WORDS.has(lower) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || HONORIFICS.has(lower)) return false;
  return isDictionaryWord(word);
}

/** True when the words at `start`–`end` could only be part of a name, and no detected name of the page lies over them. */
function leftOutOfName(page: readonly Detected[], run: string, start: number): boolean {
  const end = start + run.length;
  return run.split(' ').every(onlyInAName) && !page.some((o) => o.start < end && start < o.end);
}

/**
 * An organization's or a place's name that is one part of a longer name joined by "and", "of",
 * "for" or "&", whose other part, English words that name nothing alone, detection left out:
 * "World Travel and [Tourism Council]", "[Department of Design] and Construction". Not where the
 * other part opens the sentence ("Plans for [Yahoo]"), nor for a person: the words after "Tom
 * Smith and" or "of" are another name, or no name. (A "person" whose name holds an
 * organization's head word, "Center for Health", is an organization taken for one.)
 */
export function cutAtConnector(d: Detected, text: string, page: readonly Detected[]): boolean {
  if (d.type === 'person' && !d.text.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()))) return false;
  const after = RUN_AFTER.exec(text.slice(d.end, d.end + 120));
  if (after?.[1] && leftOutOfName(page, after[1], d.end + after[0].length - after[1].length)) return true;
  const before = RUN_BEFORE.exec(text.slice(Math.max(0, d.start - 120), d.start));
  if (!before?.[1]) return false;
  const start = d.start - before[0].length;
  return start > (d.sentence.words[0]?.start ?? 0) && leftOutOfName(page, before[1], start);
}

/** An organization written after a title word: the word belongs to its name ("Executive [Committee of the Board]"). */
export const titleCutFromOrganization = (d: Detected) => d.type === 'organization' && d.titleWords > 0;

/**
 * A name right before a number or a code: the number is part of it, which detection left out (a
 * model, "[Xbox] 360", "[NVIDIA GTX] 1080", "[Intel Core] i7"; a road, "[Route] 66"). A score
 * ("Arsenal 2-1") or a time is not read so.
 */
export const runsIntoNumber = (d: Detected, text: string) => /^[ \u00a0](?:\p{N}+(?![-–:.,]\p{N})|\p{L}+\p{N})/u.test(text.slice(d.end, d.end + 12));

/**
 * A model or a code, not a person, place or organization: a name holding a word of letters and
 * digits ("Qt4"), or a short form the page resolves to one.
 */
export const namesModel = (d: Detected) => holdsCodeWord(d.text) || holdsCodeWord(d.name);

/**
 * A name whose last word is one capital letter is a model, not a person's initial ("Xbox One S",
 * "One X."), and so is a short form the page resolves to one ("Xbox").
 */
export const endsInModelLetter = (d: Detected) => [d.text, d.name].some((n) => /(?:^|\s)\p{Lu}\.?$/u.test(n));

/**
 * The last words of a name the page writes whole right there: "Con [Edison]" where the page
 * resolves "Edison" to "Con Edison" (detection left out a first word that opens the sentence).
 */
export function cutFromItsName(d: Detected, text: string): boolean {
  if (d.name === d.text || !d.name.endsWith(` ${d.text}`)) return false;
  const rest = d.name.slice(0, -d.text.length);
  return text.slice(Math.max(0, d.start - rest.length), d.start) === rest;
}

/**
 * A person's name run on into the next word used as an adjective: the name is on the page
 * without it ("a [Margaret Hamilton Lego] minifigure" beside "Margaret Hamilton").
 */
export function personRunOn(d: Detected, text: string, page: readonly Detected[]): boolean {
  const words = d.text.split(/\s+/);
  if (d.type !== 'person' || words.length < 3 || !/^ \p{Ll}/u.test(text.slice(d.end, d.end + 2))) return false;
  const shorter = words.slice(0, -1).join(' ');
  return page.some((o) => o !== d && o.type === 'person' && o.text === shorter);
}
