/**
 * Names that name nothing a reader wants a card for: a month, a weekday, a time zone, a common
 * noun alone ("Street"), or a bare title ("President", "Prime Minister"). The detector drops them.
 */
import { GENERIC_NOUNS, MONTHS, TIME_ZONES, WEEKDAYS } from './non-name-words';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './title-words';

const lowerWords = (name: string) => name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);

/** True for a title and nothing else: "President", "Foreign Minister", "Mr." ("White House" has no title head). */
export function isBareTitle(name: string): boolean {
  const words = lowerWords(name);
  return words.some((w) => ROLE_HEADS.has(w) || HONORIFICS.has(w)) && words.every((w) => ROLE_HEADS.has(w) || HONORIFICS.has(w) || ROLE_MODIFIERS.has(w));
}

/** A word of letters and digits ("MS-04", "i7", "Qt4"), not an ordinal ("82nd"): a model's or a code's. */
const CODE_WORD = /^(?=[\p{L}\p{N}-]*\p{L})(?=[\p{L}\p{N}-]*\p{N})(?!\p{N}+(?:st|nd|rd|th)$)[\p{L}\p{N}-]+$/u;

/** True when `name` holds a model's or a code's word ("Progress MS-04", "Qt4"). */
export const holdsCodeWord = (name: string) => name.split(/\s+/).some((w) => CODE_WORD.test(w.replace(/[.,]$/, '')));

/** What kind of non-name `name` is ("month", "bare title"…), or null for a name. */
export function nonNameKind(name: string): string | null {
  const words = lowerWords(name);
  const one = words.length === 1 ? (words[0] as string) : null;
  if (one !== null && MONTHS.has(one)) return 'month';
  if (one !== null && WEEKDAYS.includes(one)) return 'weekday';
  if (one !== null && TIME_ZONES.has(one)) return 'time zone';
  if (one !== null && GENERIC_NOUNS.has(one)) return 'common noun';
  if (isBareTitle(name)) return 'bare title';
  return null;
}
