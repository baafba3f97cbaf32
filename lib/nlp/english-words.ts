/**
 * English words that are never names: those the en_US Hunspell dictionary writes only in
 * lowercase ("image", "street", "climate", "sale"), from data/english-words.json
 * (scripts/make-english-words.mjs). Words it also capitalizes ("China", "Turkey", "Amazon") are
 * not among them. Read on first use: the list is 37,000 words.
 */
import FUNCTION_WORDS from './data/english-function-words.json';
import DATA from './data/english-words.json';

/** English's function words ("the", "which", "although"): data/english-function-words.json. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS);

let words: ReadonlySet<string> | undefined;

/** True for a word English writes in lowercase, a regular plural too ("Motors", "Communications"), whatever its case here. */
export function isLowercaseEnglishWord(word: string): boolean {
  words ??= new Set(DATA.words.split(' '));
  const lower = word.toLowerCase();
  return words.has(lower) || (lower.endsWith('s') && (words.has(lower.slice(0, -1)) || (lower.endsWith('es') && words.has(lower.slice(0, -2)))));
}
