/**
 * Last words that make a name of several words a place ("Al Anbar Governorate", "George Floyd
 * Square", "Dera Ismail Khan District"), whatever the words before them are: a given name opening it
 * ("George …") does not make it a person. Data: data/place-words.json, tested with the other word lists.
 */
import WORDS from './data/place-words.json';

export const PLACE_HEADS: ReadonlySet<string> = new Set(WORDS.placeHeads);

/**
 * Nouns of land forms that end places' names ("Korlan Delta") and, alone, no place's alias, yet no
 * place heads by them either: "Hurricane Delta" or "Delta" the airline is no place.
 */
export const LANDFORM_HEADS: ReadonlySet<string> = new Set(WORDS.landformHeads);

/**
 * Last words that, after a region the gazetteer knows, name that region itself: "Gaza Strip" is
 * Gaza, "Sahel Region" the Sahel (lib/kb/region-forms.ts).
 */
export const REGION_SELF_HEADS: ReadonlySet<string> = new Set(WORDS.regionSelfHeads);

/**
 * Words that, after or before ("Province of …") a place no gazetteer city or country bears, name
 * that place itself: "Qorvath Province" is Qorvath, "Lyon Province" not the city (lib/kb/region-forms.ts).
 */
export const PROVINCE_SELF_HEADS: ReadonlySet<string> = new Set(WORDS.provinceSelfHeads);

/** Lowercase nouns after a place's name that make it another place's, named after it: "Lisbon station" is no city. */
export const NAMED_AFTER_NOUNS: ReadonlySet<string> = new Set(WORDS.namedAfterNouns);
