/**
 * Is a page in English? Detection reads English only: on a page in another language its
 * capitalized words ("Las", "Según", "Capitolio de EE") are no names, so there Backstory marks
 * only the KB's exact names (lib/match/kb-names.ts) and invents none.
 */
import { ENGLISH_FUNCTION_WORDS } from './english-words';

/** A page's language as detection needs it: English or not, and its BCP 47 code when the page declares one. */
export interface PageLanguage {
  english: boolean;
  code: string | null;
}

/** Fewer words than this say nothing about the language: the page counts as English. */
const MIN_WORDS = 30;
/**
 * English prose has a quarter to a half of its words in the list; other languages written in
 * Latin letters a few in a hundred (the list leaves out words they share: "a", "in", "no", "die").
 */
const MIN_ENGLISH_SHARE = 0.12;

/** The share of `text`'s words that are English function words, or null when it has too few words to tell. */
export function englishShare(text: string): number | null {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  return words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
}

/** "es" of "es-MX", "en" of "en_US" (as some pages write it). */
const primaryTag = (code: string) => code.split(/[-_]/)[0] ?? code;

/**
 * The language of a page: the one it declares (`lang` of the article or the document), else
 * what its text looks like. Null when neither tells yet (no `lang` and a short text).
 */
export function pageLanguage(declared: string | null, text: string): PageLanguage | null {
  const code = declared?.trim().toLowerCase() || null;
  // "und" (undetermined) declares nothing.
  if (code && code !== 'und') return { english: primaryTag(code) === 'en', code };
  const share = englishShare(text);
  return share === null ? null : { english: share >= MIN_ENGLISH_SHARE, code: null };
}

/** "Spanish" for "es" or "es-MX"; null for a code no language name is known for. */
export function languageName(code: string): string | null {
  const primary = primaryTag(code);
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(primary);
    return name && name !== primary ? name : null;
  } catch {
    return null;
  }
}
