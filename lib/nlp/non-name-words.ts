/**
 * Capitalized words that are never a name on their own: calendar words, time zones and common
 * nouns of addresses and places ("Street", "Square"). Lowercase, without dots. The build keeps
 * them out of the KB (name-leftovers.ts) and `npm run eval:world` counts any that slip through.
 */

/** Months, and the abbreviations news text writes them with. */
export const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Days of the week, Sunday first (event-date.ts counts days by this order). */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Time zones as news text abbreviates them ("14:00 UTC"). */
export const TIME_ZONES = new Set([
  'utc',
  'gmt',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'akst',
  'hst',
  'cet',
  'cest',
  'eet',
  'eest',
  'wet',
  'bst',
  'jst',
  'kst',
  'aest',
  'aedt',
  'msk',
]);

/** Common nouns that head names ("Wall Street", "Tiananmen Square") but name nothing alone. */
export const GENERIC_NOUNS = new Set([
  'street',
  'avenue',
  'road',
  'square',
  'boulevard',
  'highway',
  'bridge',
  'station',
  'airport',
  'city',
  'town',
  'village',
  'province',
  'district',
  'county',
  'region',
  'state',
  'river',
  'lake',
  'mount',
  'government',
  'capital',
  'north',
  'south',
  'east',
  'west',
]);

/** Function words that never open a name: "of the United States Barack Obama" is a leftover of a title. */
export const LEADING_FUNCTION_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as']);
