/**
 * Detected names the KB does not know that Backstory does not list as unknown names: on a news
 * page they are mostly no person, place or organization a reader wants.
 */
import { isDictionaryWord } from '../nlp/chunk';
import type { Detected } from '../nlp/detect';
import { ACRONYM_FORM, gazetteerLookup, isDemonym } from '../nlp/gazetteer';
import { ORG_HEADS } from '../nlp/title-words';
import { cutAtConnector, cutFromItsName, endsInModelLetter, namesModel, personRunOn, runsIntoNumber, titleCutFromOrganization } from './cut-names';

/**
 * A bare acronym no name on the page spells out and the gazetteer does not know ("VR", "FPS",
 * "PII"): mostly a technical term. One spelled out by a name ("Interaction Design Institute Ivrea
 * (IDII)") stays; one spelled out by words detection took for no name ("Named Binary Tag (NBT)")
 * is a term too.
 */
function isUnexplainedAcronym(d: Detected, page: readonly Detected[]): boolean {
  if (d.text.includes(' ') || !ACRONYM_FORM.test(d.text) || !/\p{Lu}.*\p{Lu}/u.test(d.text) || gazetteerLookup(d.text)) return false;
  return d.via !== 'acronym' || !page.some((o) => o.text === d.name);
}

/** "Facebook-specific", "Ohio-based": a name and a lowercase suffix make an adjective. */
const isNameAdjective = (d: Detected) => /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(d.text);

/** Words a work's title may hold at most: a game's, a film's, a book's. */
const MAX_TITLE_WORDS = 8;
/** Characters on either side of a name within which its title's quotation marks are looked for: a title of MAX_TITLE_WORDS words fits. */
const TITLE_REACH = 200;

/**
 * True when `d` lies inside quotation marks holding a work's title: a few words, all capitalized
 * but the small ones ("“Until Dawn: Rush of Blood”"). Quoted speech is longer, and in lowercase.
 */
function inQuotedTitle(d: Detected, text: string): boolean {
  // Looked for near the name only: a block's every name searching the whole block would be quadratic.
  const before = text.slice(Math.max(0, d.start - TITLE_REACH), d.start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || /[”\n]/.test(before.slice(open + 1))) return false;
  const after = text.slice(d.end, d.end + TITLE_REACH);
  const close = after.search(/[”"\n]/);
  if (close < 0 || !/[”"]/.test(after[close] ?? '')) return false;
  const words = `${before.slice(open + 1)}${text.slice(d.start, d.end)}${after.slice(0, close)}`.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return words.length <= MAX_TITLE_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 4);
}

/** Words a Title Case headline leaves in lowercase: articles, conjunctions, short prepositions. */
const TITLE_CASE_SMALL_WORDS = /^(?:a|an|the|and|but|or|nor|for|so|yet|as|at|by|in|of|off|on|per|to|up|via|vs)$/u;

const capitalizedWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && isDictionaryWord(w.replace(/['’]s$/, ''));

/**
 * A run of words holding English words in a Title Case headline ("Facebook Is Tracking", "Verizon
 * Leaves Shareholders With Little Say"): four words or more, all capitalized but the small ones,
 * two or more of them English words. There capitals say nothing, and the run is no one name.
 */
function inTitleCaseLine(d: Detected): boolean {
  const words = d.sentence.words.map((w) => w.text).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || !words.every((w) => /^\p{Lu}/u.test(w) || TITLE_CASE_SMALL_WORDS.test(w))) return false;
  return words.filter(capitalizedWord).length >= 2 && d.text.split(/\s+/).some(capitalizedWord);
}

/** "Urusov/Roscosmos", "JIM WATSON/AFP": a slash joins a photo credit's names, never one name's words. */
const isCredit = (d: Detected) => d.text.includes('/');

/**
 * One English word taken for a person, no title before it and no longer name on the page it is
 * part of ("Next page: Security"): a label or a thing, not someone's surname ("Fetter" after
 * "Ellen Fetter" stays).
 */
const isWordAsPerson = (d: Detected) => d.type === 'person' && !/\s/.test(d.name) && d.title === null && isDictionaryWord(d.text);

/** "US & Canada": two places a label joins, not one name. */
function joinsTwoPlaces(d: Detected): boolean {
  const parts = d.text.split(/\s+&\s+/);
  return parts.length === 2 && !gazetteerLookup(d.text) && parts.every((p) => gazetteerLookup(p)?.type === 'place');
}

/** "Co.", "Inc.": a company's legal form, written without the company's name. */
const isLegalFormAlone = (d: Detected) => /^\p{L}+\.$/u.test(d.text) && ORG_HEADS.has(d.text.slice(0, -1).toLowerCase());

/** "Investment Company Act": a law, not a person, place or organization. */
const isLaw = (d: Detected) => /\sAct$/u.test(d.text);

/**
 * A place named after a demonym the gazetteer does not know as one name ("the remote Russian
 * Tuva region"): the demonym describes the place, and the name is the rest.
 */
const placeAfterDemonym = (d: Detected) => d.type === 'place' && /\s/.test(d.text) && isDemonym(d.text.split(/\s+/)[0] ?? '') && !gazetteerLookup(d.text);

/**
 * True when the unlinked mention `d` of `text` is not listed as an unknown name; `page` is every
 * name detected in `text`.
 */
export function isUnlistedUnknown(d: Detected, text: string, page: readonly Detected[]): boolean {
  return (
    isUnexplainedAcronym(d, page) ||
    isNameAdjective(d) ||
    inQuotedTitle(d, text) ||
    inTitleCaseLine(d) ||
    isCredit(d) ||
    isWordAsPerson(d) ||
    joinsTwoPlaces(d) ||
    isLegalFormAlone(d) ||
    isLaw(d) ||
    placeAfterDemonym(d) ||
    (namesModel(d) && !gazetteerLookup(d.text)) ||
    endsInModelLetter(d) ||
    runsIntoNumber(d, text) ||
    cutAtConnector(d, text, page) ||
    cutFromItsName(d, text) ||
    titleCutFromOrganization(d) ||
    personRunOn(d, text, page)
  );
}
