/**
 * Prepositions before a place ("in Chicago", "flew to Houston"): one list (data/locative-prepositions.json),
 * read three ways. A city after any of them is where something happens, not a club or a surname;
 * an untyped name after one of the place-only ones is a place ("talks in Lima").
 */
import WORDS from './data/locative-prepositions.json';
import { SETTLEMENT_NOUNS, SITE_NOUNS } from './place-words';
import type { Word } from './tokenize';

/** Prepositions after which an untyped name is a place: "fighting near Kandrovo". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(WORDS.placeOnly);

/** Text ending in a locative preposition, and "the" maybe: what stands before "Chicago" in "in Chicago". */
export const ENDS_IN_LOCATIVE = new RegExp(`\\b(?:${[...WORDS.placeOnly, ...WORDS.placeOrOther].join('|')})\\s+(?:the\\s+)?$`, 'i');

/**
 * True when the name opening at word `first` follows a settlement's noun and "of": "the village of
 * Kafr Tamun", "the Palestinian town of Abu Zeid". A place, whatever its words suggest alone (a
 * given name, an article's group).
 */
export function followsSettlementNoun(words: readonly Word[], first: number): boolean {
  return words[first - 1]?.text === 'of' && SETTLEMENT_NOUNS.has(words[first - 2]?.text ?? '');
}

/**
 * True when the name ending at word `last` comes before a site's nouns: "the Kessel oil field", "Al
 * Marun air base" (not "Kessel Energy's gas field", its owner). A place, whatever its words suggest alone (a surname, an article's group).
 */
export function precedesSiteNoun(words: readonly Word[], last: number): boolean {
  // "Kessel Energy's gas field": the owner's name.
  if (words[last]?.possessive) return false;
  return SITE_NOUNS.has(
    words
      .slice(last + 1, last + 3)
      .map((w) => w.text)
      .join(' '),
  );
}
