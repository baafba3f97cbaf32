/**
 * Last words that make a name of several words a place ("Al Anbar Governorate", "George Floyd
 * Square", "Dera Ismail Khan District"), whatever the words before them are: a given name opening it
 * ("George …") does not make it a person. Buildings and works too ("Omar Mosque", "Kessel Refinery"):
 * the KB has no type of facility, and a building is where things happen. Data: data/place-words.json, tested with the other word lists.
 */
import WORDS from './data/place-words.json';

export const PLACE_HEADS: ReadonlySet<string> = new Set(WORDS.placeHeads);

/**
 * Last words of buildings' and works' names that are surnames too: a place as PLACE_HEADS make
 * one ("Kessel Nuclear Power Plant", "Varna Temple"), unless a given name opens a name of two words
 * ("Robert Plant", "Shirley Temple").
 */
export const SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set(WORDS.surnamePlaceHeads);

/** Lowercase particles inside places' names, "Santa Lucia di Piave", "Foz do Iguaçu": the name goes on past them (cut-name.ts). */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(WORDS.placeParticles);

/** Lowercase nouns of sites after a name that make it the site's: "the Kessel oil field", "Al Marun air base" (locatives.ts). */
export const SITE_NOUNS: ReadonlySet<string> = new Set(WORDS.siteNouns);

/** Lowercase nouns of settlements: the name after "the village of", "the town of" is a place's (locatives.ts). */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(WORDS.settlementNouns);

/**
 * Nouns of land forms that end places' names ("Korlan Delta") and, alone, no place's alias, yet no
 * place heads by them either: "Hurricane Delta" or "Delta" the airline is no place.
 */
export const LANDFORM_HEADS: ReadonlySet<string> = new Set(WORDS.landformHeads);

/** Words of the names of waters and land forms that lie in several countries: "Lake Kessel, Uganda" is the Lake Kessel of Kenya too. */
export const CROSS_BORDER_WORDS: ReadonlySet<string> = new Set(WORDS.crossBorderWords);

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

/**
 * Lowercase nouns that, after a city's name or before "of" and its name, name the region named
 * after the city: "Kessel province", "the Kessel region", "the state of Kessel" (city-regions.ts).
 */
export const CITY_REGION_NOUNS: ReadonlySet<string> = new Set(WORDS.cityRegionNouns);

/**
 * Of CITY_REGION_NOUNS, those that before "of" and a city's name name a part of the city or what
 * lies around it, not its region: "the Karsa region of Kessel" (city-regions.ts).
 */
export const CITY_PART_NOUNS: ReadonlySet<string> = new Set(WORDS.cityPartNouns);
