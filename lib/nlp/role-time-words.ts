/**
 * Words that tell whether a role is still held, and which offices one person holds at a time. The
 * lists are data (data/role-time-words.json, tested with the other word lists in title-words.test.ts).
 */
import WORDS from './data/role-time-words.json';

/** Words before a title that say its holder died: "the late Prime Minister", "slain President". */
export const DIED_BEFORE: ReadonlySet<string> = new Set(WORDS.diedBefore);

/** Words before a title that say its holder no longer holds it: those of DIED_BEFORE, and "ousted President", "retired General". */
export const ENDED_BEFORE: ReadonlySet<string> = new Set([...WORDS.diedBefore, ...WORDS.endedBefore]);

/** What a holder does after the name when leaving the office: "President X resigns", "… steps down". */
export const LEAVING_VERBS: readonly string[] = WORDS.leavingVerbs;

/** Auxiliaries before a word of ENDED_BEFORE after the name that make it said of the holder: "President X is ousted" (not "… ousted the minister"). */
export const PASSIVE_AUXILIARIES: readonly string[] = WORDS.passiveAuxiliaries;

/** Nouns of a death before "of" and a title, or after a possessive name: "the funeral of President …", "…'s assassination". */
export const DEATH_NOUNS: ReadonlySet<string> = new Set(WORDS.deathNouns);

/** Words before a noun of death that say it did not happen: "the attempted assassination of President …". */
export const FAILED_DEATH_WORDS: ReadonlySet<string> = new Set(WORDS.failedDeathWords);

/** Offices of one holder at a time with no country or place: "Pope". */
export const SOLE_OFFICES: ReadonlySet<string> = new Set(WORDS.soleOffices);

/** Titles that name no office of a country alone: "Peruvian director" is a film's, not "Director of Peru" (a body's is: "FBI Director"). */
export const NO_COUNTRY_OFFICES: ReadonlySet<string> = new Set(WORDS.noCountryOffices);

/** Offices one person holds at a time in a country, or in the place or body after "of": "President of Colombia", "President of the Senate" (not "Senator", not "Minister"). */
export const COUNTRY_OFFICES: ReadonlySet<string> = new Set(WORDS.countryOffices);

/** Offices one person holds at a time only in the place or body after "of" ("Mayor of London"; a country has many mayors). */
export const PLACE_OFFICES: ReadonlySet<string> = new Set(WORDS.placeOffices);

/** Titles held for life, or facts that stay true ("King", "Pope", "Founder"): the corpus falling silent about them says nothing ended. */
export const LIFETIME_TITLES: ReadonlySet<string> = new Set(WORDS.lifetimeTitles);

/** Titles that say nothing of the office even with a country: "Official of China" (a minister? a clerk?). */
export const VAGUE_TITLES: ReadonlySet<string> = new Set(WORDS.vagueTitles);

/** Titles held for long or renewed terms (legislators, judges, bishops): the corpus falling silent for four years says little. */
export const LONG_TERM_TITLES: ReadonlySet<string> = new Set(WORDS.longTermTitles);

/** Offices that head a country's state or government ("President", "Prime Minister"): what a person who held one is best known for. */
export const HEAD_OFFICES: ReadonlySet<string> = new Set(WORDS.headOffices);

/** Offices of a city, which a "City, State" before them is the place of ("South Bend, Indiana, Mayor"; not "Queen"). */
export const CITY_OFFICES: ReadonlySet<string> = new Set(WORDS.cityOffices);
