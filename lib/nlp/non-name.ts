/**
 * Names that name nothing a reader wants a card for: a month, a weekday, a time zone, a common
 * noun alone ("Street", "Gulf", "Fire Service"), a disease ("SARS"), a bare title ("President", "Prime Minister"), a law
 * ("Affordable Care Act"), a ship ("USS Kelmar"), a craft ("Kessel Solar Probe"), a prize ("Orvane Prize", "Best Supporting Actor")
 * a song's title ("Every Dawn Has Its Rain") or a doctrine ("Kessel Ismailism").
 * The detector drops them: they have no type of the KB's, and a wrong one is worse than none.
 */
import {
  ADJECTIVE_PREFIXES,
  AWARD_CATEGORY_WORDS,
  AWARD_HEADS,
  AWARD_TAILS,
  COMMON_ACRONYMS,
  CRAFT_HEADS,
  DISEASES,
  EVENT_HEADS,
  EVENT_OPENERS,
  GENERIC_NOUNS,
  LAW_HEADS,
  LEADING_FUNCTION_WORDS,
  LOCAL_SERVICES,
  MONTHS,
  RACE_OPENERS,
  THING_ISMS,
  TIME_ZONES,
  TITLE_CLAUSE_WORDS,
  VESSEL_PREFIXES,
  WEEKDAYS,
} from './non-name-words';
import { LANDFORM_HEADS, PLACE_HEADS } from './place-words';
import { HONORIFICS, ORG_HEADS, ORG_LAST_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './title-words';
import type { Word } from './tokenize';

const lowerWords = (name: string) => name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);

/**
 * True for a title and nothing else: "President", "Foreign Minister", "Mr." ("White House" has no
 * title head; "Justice Party" ends in an organization's head).
 */
export function isBareTitle(name: string): boolean {
  const words = lowerWords(name);
  const last = words.at(-1) ?? '';
  if (ORG_HEADS.has(last) && !ROLE_HEADS.has(last)) return false;
  return words.some((w) => ROLE_HEADS.has(w) || HONORIFICS.has(w)) && words.every((w) => ROLE_HEADS.has(w) || HONORIFICS.has(w) || ROLE_MODIFIERS.has(w));
}

/**
 * True for the name of a happening: a storm ("Hurricane Katrina", "Tropical Storm Fay"), games, a
 * war, a revolution ("Summer Olympics", "Orange Revolution"). Not a name a place or an
 * organization heads ("Storm Lake County", "Ministry of War").
 */
export function isHappening(name: string): boolean {
  const words = lowerWords(name);
  if (words.length < 2 || words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w))) return false;
  return EVENT_OPENERS.has(words[0] as string) || EVENT_HEADS.has(words.at(-1) as string);
}

/**
 * True when the name opening at word `first` ends a race's name: "Le Mans" of "the 24 Hours of Le
 * Mans" is the race's venue, no mention of the town.
 */
export function endsRaceName(words: readonly Word[], first: number): boolean {
  const opener = words[first - 2]?.text ?? '';
  return words[first - 1]?.text === 'of' && /^\p{Lu}/u.test(opener) && RACE_OPENERS.has(opener.toLowerCase());
}

/** True for a ship's name: a prefix of a navy's or a merchant ship ("USS Kelmar", "HMS Dunmore", "MV Orla Star"). */
export function isVessel(name: string): boolean {
  const words = lowerWords(name);
  return words.length > 1 && VESSEL_PREFIXES.has(words[0] as string);
}

/** True for a spacecraft's or an instrument's name: "Kessel Solar Probe", "Varnos Space Telescope" (not with an organization's head: "Kessel Space Agency Satellite"). */
function isCraft(words: readonly string[]): boolean {
  return words.length > 1 && CRAFT_HEADS.has(words.at(-1) as string) && !words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w));
}

/** True for a prize or an award's category: "Orvane Prize", "Trask Awards", "Best Foreign Film" (not "Best Buy"), "Kessel Player of the Year". */
function isAward(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (AWARD_TAILS.some((tail) => ` ${words.join(' ')}`.endsWith(` ${tail}`))) return true;
  return AWARD_HEADS.has(words.at(-1) as string) || (words[0] === 'best' && AWARD_CATEGORY_WORDS.has(words[1] as string));
}

/** A doctrine's or a faith's last word: "Buddhism", "Kessel Ismailism". */
const DOCTRINE = /\p{L}ism$/u;

/**
 * True for a doctrine's or a faith's name: its last word in "-ism" but no thing's ("Stability
 * Mechanism"), no organization's head and no "of" or "for" ("Party for Socialism").
 */
function isDoctrine(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  return DOCTRINE.test(last) && !THING_ISMS.has(last) && !words.some((w) => ORG_HEADS.has(w) || ORG_LAST_WORDS.has(w) || w === 'of' || w === 'for');
}

/** A word of letters and digits ("MS-04", "i7", "Qt4"), not an ordinal ("82nd"): a model's or a code's. */
const CODE_WORD = /^(?=[\p{L}\p{N}-]*\p{L})(?=[\p{L}\p{N}-]*\p{N})(?!\p{N}+(?:st|nd|rd|th)$)[\p{L}\p{N}-]+$/u;

/** True when `name` holds a model's or a code's word ("Progress MS-04", "Qt4"). */
export const holdsCodeWord = (name: string) => name.split(/\s+/).some((w) => CODE_WORD.test(w.replace(/[.,]$/, '')));

/** An influenza virus's subtype: "H5N1", "H1N1". */
const FLU_SUBTYPE = /^h\d{1,2}n\d{1,2}$/;

/** True for a disease or a virus named alone: "SARS", "HIV", "COVID-19" (a variant's number after the hyphen), "H5N1". */
function isDisease(word: string): boolean {
  return DISEASES.has(word.replace(/-[\p{L}\d-]*$/u, '')) || FLU_SUBTYPE.test(word);
}

/** "Anti-government", "Pro-democracy": a prefix, a hyphen and a lowercase word make an adjective ("Anti-Defamation League" is a name). */
function isPrefixedAdjective(name: string): boolean {
  const m = /^(\p{L}+)-\p{Ll}+$/u.exec(name);
  return m !== null && ADJECTIVE_PREFIXES.has((m[1] as string).toLowerCase());
}

/**
 * True for a common noun that heads places' names, alone: "Delta", "Coast", "Valley", "Palace". No
 * alias of a place or a body: "Delta" of "Niger Delta" names an airline as well. Not an acronym
 * ("ARENA", "EAST"): capitals alone spell a body's name.
 */
export function isHeadNounAlone(name: string): boolean {
  const words = lowerWords(name);
  const one = words.length === 1 && !/^\p{Lu}+$/u.test(name) ? (words[0] as string) : '';
  return GENERIC_NOUNS.has(one) || PLACE_HEADS.has(one) || LANDFORM_HEADS.has(one);
}

/** What kind of non-name `name` is ("month", "bare title"…), or null for a name. */
export function nonNameKind(name: string): string | null {
  const words = lowerWords(name);
  const one = words.length === 1 ? (words[0] as string) : null;
  if (one !== null && MONTHS.has(one)) return 'month';
  if (one !== null && WEEKDAYS.includes(one)) return 'weekday';
  if (one !== null && TIME_ZONES.has(one)) return 'time zone';
  if (one !== null && (GENERIC_NOUNS.has(one) || COMMON_ACRONYMS.has(one))) return 'common noun';
  // "The" left of "The Sunday Times" once its weekday went.
  if (one !== null && LEADING_FUNCTION_WORDS.has(one)) return 'function word';
  if (one !== null && isDisease(one)) return 'disease';
  if (LOCAL_SERVICES.has(words.join(' '))) return 'common noun';
  if (isPrefixedAdjective(name)) return 'adjective';
  if (isBareTitle(name)) return 'bare title';
  if (isHappening(name)) return 'happening';
  if (words.length > 1 && LAW_HEADS.has(words.at(-1) as string)) return 'law';
  if (isVessel(name)) return 'vessel';
  if (isCraft(words)) return 'craft';
  if (isAward(words)) return 'award';
  if (isDoctrine(words)) return 'doctrine';
  if (words.slice(1).some((w) => TITLE_CLAUSE_WORDS.has(w))) return 'title of a work';
  return null;
}
