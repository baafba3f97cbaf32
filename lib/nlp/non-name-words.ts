/**
 * Capitalized words that are never a name on their own: calendar words, time zones and common
 * nouns of addresses and places ("Street", "Square"). Lowercase, without dots. The build keeps
 * them out of the KB (name-leftovers.ts) and `npm run eval:world` counts any that slip through.
 * The lists are data (data/non-name-words.json), tested in non-name-words.test.ts.
 */
import WORDS from './data/non-name-words.json';

/** Months, and the abbreviations news text writes them with. */
export const MONTHS: ReadonlySet<string> = new Set(WORDS.months);

/** Days of the week, Sunday first (event-date.ts counts days by this order). */
export const WEEKDAYS: readonly string[] = WORDS.weekdays;

/** Time zones as news text abbreviates them ("14:00 UTC"). */
export const TIME_ZONES: ReadonlySet<string> = new Set(WORDS.timeZones);

/** Common nouns that head names ("Wall Street", "Tiananmen Square") but name nothing alone. */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(WORDS.genericNouns);

/** Services every town or county has ("Fire Service", "Ambulance Service"): alone, a name of many bodies, none of them. */
export const LOCAL_SERVICES: ReadonlySet<string> = new Set(WORDS.localServices);

/** Diseases, written as names ("SARS", "Ebola", "COVID-19"): no person, place or organization. */
export const DISEASES: ReadonlySet<string> = new Set(WORDS.diseases);

/** Words that end a holiday's name after capitalized words ("Labor Day", "Christmas Eve"). */
export const HOLIDAY_HEADS: ReadonlySet<string> = new Set(WORDS.holidayHeads);

/** Function words that never open a name: "of the United States Barack Obama" is a leftover of a title. */
export const LEADING_FUNCTION_WORDS: ReadonlySet<string> = new Set(WORDS.leadingFunctionWords);

/** Words that open a storm's or another happening's name ("Hurricane Katrina", "Tropical Storm Fay"): no person, place or organization. */
export const EVENT_OPENERS: ReadonlySet<string> = new Set(WORDS.eventOpeners);

/** Capitalized nouns that, before "of", open a race's name: "the 24 Hours of Le Mans", "the Tour of Flanders". */
export const RACE_OPENERS: ReadonlySet<string> = new Set(WORDS.raceOpeners);

/** Last words of a happening's name ("Summer Olympics", "Orange Revolution", "Gulf War"): no person, place or organization. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(WORDS.eventHeads);

/**
 * Lowercase words a hyphen joins to a name to make an adjective ("Chicago-based", "Saudi-led",
 * "Comoros-flagged", "San Antonio-class"): not part of the name. Besides these, any such word in
 * "-ed" (hyphenSuffix).
 */
const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set(WORDS.hyphenSuffixes);

/** True for the lowercase part after a name's hyphen that makes the name an adjective: "based", "led", "area". */
export function isHyphenSuffix(part: string): boolean {
  return HYPHEN_SUFFIXES.has(part) || /^\p{Ll}+ed$/u.test(part);
}

/** Prefixes of adjectives written with a hyphen ("Anti-government", "Pro-democracy"): no name, capitalized or not. */
export const ADJECTIVE_PREFIXES: ReadonlySet<string> = new Set(WORDS.adjectivePrefixes);

/** Acronyms of common nouns ("TV", "DNA", "GDP", "USD") and of chemicals ("TNT", "DDT"): no person, place or organization. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(WORDS.commonAcronyms);

/** Last words of a law's, a bill's, a resolution's or a plan's name ("Affordable Care Act", "Security Council Resolution", "Clean Power Plan"): no person, place or organization. */
export const LAW_HEADS: ReadonlySet<string> = new Set(WORDS.lawHeads);

/** Nouns of a party's member ("Democrat", "Republican"): no word of the person's name they are written before ("Republican Dana Hollis"). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(WORDS.partyMembers);

/**
 * Currencies' codes (ISO 4217, and "RMB"), lowercase: no name beside an amount (currency-code.ts).
 * Not "USD", an acronym of a common noun anywhere; not the codes spelled like an English word
 * ("ALL", "TOP"), capitals of other things more often.
 */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(WORDS.currencyCodes);

/** Prefixes of a ship's name ("USS", "HMS", "MV"): a vessel is no person, place or organization. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(WORDS.vesselPrefixes);

/** Last words of a prize's name ("Nobel Prize", "Congressional Gold Medal"): no person, place or organization. */
export const AWARD_HEADS: ReadonlySet<string> = new Set(WORDS.awardHeads);

/** Words that end an award's title after its holder's word ("Player of the Year"). */
export const AWARD_TAILS: readonly string[] = WORDS.awardTails;

/** Words after "Best" that make an award's category ("Best Supporting Actress", "Best Original Score"). */
export const AWARD_CATEGORY_WORDS: ReadonlySet<string> = new Set(WORDS.awardCategoryWords);

/** Last words of a craft's name ("Kessel Solar Probe", "Varnos Space Telescope"): a machine is no person, place or organization. */
export const CRAFT_HEADS: ReadonlySet<string> = new Set(WORDS.craftHeads);

/** Words in "-ism" that name a thing, no doctrine: "Korlan Stability Mechanism" is a body (non-name.ts). */
export const THING_ISMS: ReadonlySet<string> = new Set(WORDS.thingIsms);

/**
 * Verbs and possessives that make a clause of capitalized words, not a name: a title of a song or a
 * book ("Every Dawn Has Its Rain"), once past the first word. No person's, place's or body's name holds one.
 */
export const TITLE_CLAUSE_WORDS: ReadonlySet<string> = new Set(WORDS.clauseWords);

/** Words that close an appositive after its noun: "a boat that sank", "a film directed by" (thing-apposition.ts). */
export const APPOSITIVE_CLOSERS: readonly string[] = WORDS.appositiveClosers;

/** Nouns of things an appositive names a name by ("Kelmar, a fishing boat,"): a work, a craft, a drug, a molecule, no person, place or organization. */
export const THING_NOUNS: ReadonlySet<string> = new Set(WORDS.thingNouns);

/** Participles written before a name that describe its bearer ("Jailed Kessel Party leader", "Ousted Dana Hollis"): no word of the name. */
export const DESCRIPTOR_PARTICIPLES: ReadonlySet<string> = new Set(WORDS.descriptorParticiples);

/** Plural nouns written after a name for its members or followers ("Ansar Kelmar Islamists", "Varnos Rebels"): no word of the name. */
export const DESCRIPTOR_PLURALS: ReadonlySet<string> = new Set(WORDS.descriptorPlurals);
