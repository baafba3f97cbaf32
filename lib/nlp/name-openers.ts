/**
 * First words that make a name of several words a place or an organization in the language it is
 * written in, where English puts the head last: "Wadi Fira" (a valley), "Cabo Delgado" (a cape),
 * "Jabhat al-Nusra" (a front), "Liwa al-Quds" (a brigade). News names such groups and places
 * untranslated; no person's name opens with these words. Data: data/name-openers.json.
 */
import type { EntityType } from '../kb/schema';
import WORDS from './data/name-openers.json';

const OPENERS = new Map<string, EntityType>([...WORDS.place.map((w) => [w, 'place'] as const), ...WORDS.organization.map((w) => [w, 'organization'] as const)]);

/** Particles a hyphen joins to an opener in one word ("Lashkar-e-Karim", "Harkat-ul-Nur"), not another word ("Hayat-Vax"). */
const JOINERS = new Set(WORDS.hyphenJoiners);

/**
 * The type a name's first word gives it ("Wadi Fira" → place), for a name of two words or more, or
 * of one word whose opener a particle joins to the rest ("Lashkar-e-Karim", "Jaish-e-Nur"); null otherwise.
 */
export function typeByOpener(words: readonly string[]): EntityType | null {
  const [opener = '', joiner] = (words[0] ?? '').toLowerCase().replace(/['’]/g, '').split('-');
  // An opener glued by a hyphen to a word that is no particle is a coined name's ("Hayat-Vax Labs").
  if (joiner === undefined ? words.length < 2 : !JOINERS.has(joiner)) return null;
  return OPENERS.get(opener) ?? null;
}

const SAINTS = new Set(WORDS.saint);

/**
 * "San Rafael", "Santa Lucia", "São Bento": a saint's word opening a name makes it a town's (or a
 * church's), though a given name follows; classify.ts asks where that given name would make a
 * person. No opener otherwise: "San Diego Padres" stays what its other words make it.
 */
export const placeBeforeGivenName = (words: readonly string[]) => words.length > 1 && SAINTS.has((words[0] as string).toLowerCase());

const ENGLISH_SAINTS = new Set(WORDS.englishSaint);

/** "Saint", "St.": the word that makes the given name after it a saint's ("Saint John Lateran"). */
export const isSaintWord = (word: string) => ENGLISH_SAINTS.has(word.toLowerCase().replace(/\.$/, ''));
