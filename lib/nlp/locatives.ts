/**
 * Prepositions before a place ("in Chicago", "flew to Houston"): one list (data/locative-prepositions.json),
 * read three ways. A city after any of them is where something happens, not a club or a surname;
 * an untyped name after one of the place-only ones is a place ("talks in Lima").
 */
import WORDS from './data/locative-prepositions.json';

/** Prepositions after which an untyped name is a place: "fighting near Kandrovo". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(WORDS.placeOnly);

/** Text ending in a locative preposition, and "the" maybe: what stands before "Chicago" in "in Chicago". */
export const ENDS_IN_LOCATIVE = new RegExp(`\\b(?:${[...WORDS.placeOnly, ...WORDS.placeOrOther].join('|')})\\s+(?:the\\s+)?$`, 'i');
