/**
 * Aliases that name something else than their entity, left out of the KB: the matcher links a
 * page's mention by any alias, so one of them on the wrong entity marks other people and bodies.
 *   a place glued before the name:   "Ohio Jane Roe" (of "the governor of Ohio Jane Roe")
 *   a given name alone:              "Jane" of "Jane Roe"
 *   the last word of a surname:      "Ali" of "Ben Ali", "Maio" of "Di Maio", "Berg" of "van der Berg"
 *   a body every country has:        "Defence Forces" of "Valdoria Defence Forces"
 *   a country glued before a body of the world's: "Ruritania European Union"
 *   a common noun of places alone:   "Delta" of "Niger Delta" (not of a person: "Bay" of "Jon Bay";
 *                                     yet "Mosque" of a person's guess under "Omar Mosque": no surname heads a place)
 *   a country's name, of a person or a body: "Israel" of "Israel Roe", "UK" of a party, "Pakistan" of a movement's name
 */
import { aliasKey } from '../nlp/alias-key';
import { isGivenName } from '../nlp/chunk';
import { gazetteerLookup, isDemonym } from '../nlp/gazetteer';
import { isWorldBody, namesEveryStatesBody, oneSpelling } from '../nlp/institutions';
import { isHeadNounAlone } from '../nlp/non-name';
import { PLACE_HEADS } from '../nlp/place-words';
import { NAME_PARTICLES, ORG_HEADS, PATRONYMIC_PARTICLES, SURNAME_PARTICLES } from '../nlp/title-words';
import type { KbEntity } from './schema';

/** Words a place glued before a name may take: "New York Jane Roe". */
const MAX_PLACE_WORDS = 3;

/**
 * True when `alias` is a place's name, then the entity's name or another of its aliases of two
 * words or more ("Ohio Jane Roe"; not "Paris Roe" beside "Roe": a given name may be a place's).
 */
function placeGlued(alias: string, keys: ReadonlySet<string>): boolean {
  const words = alias.split(' ');
  for (let width = 1; width <= Math.min(MAX_PLACE_WORDS, words.length - 2); width++) {
    const rest = aliasKey(words.slice(width).join(' '));
    if (keys.has(rest) && gazetteerLookup(words.slice(0, width).join(' '))?.type === 'place') return true;
  }
  return false;
}

/** Lowercased words of a person's name, with the initials between its first and last word left out ("John F. Roe"). */
const nameWords = (name: string) => name.split(' ').filter((w, i, all) => i === 0 || i === all.length - 1 || !/^\p{Lu}\.$/u.test(w));

/**
 * True when `alias` is the given name opening a person's name of two words ("Jane" of "Jane Roe").
 * Not of a name written family name first ("Kim Jong Un", "Moon Jae-in": its first word is the
 * family's, which news names the person by), nor of a king's ("Felipe VI").
 */
function givenNameAlone(alias: string, name: string): boolean {
  const words = nameWords(name);
  const [first, last] = [words[0] ?? '', words.at(-1) ?? ''];
  // A king's name is his given name ("Felipe VI"); "F.C." closes a club's.
  const surname = /^\p{Lu}\p{Ll}+$/u.test(last) && !/^[IVX]+$/.test(last) && aliasKey(last) !== aliasKey(first);
  return words.length === 2 && surname && aliasKey(alias) === aliasKey(first) && isGivenName(first);
}

/** True when `alias` is the last word of a surname a particle opens ("Ali" of "Zine Ben Ali", "Berg" of "Pieter van der Berg"). */
function surnameTail(alias: string, name: string): boolean {
  const words = name.split(' ');
  if (words.length < 3 || aliasKey(alias) !== aliasKey(words.at(-1) ?? '')) return false;
  const one = (words.at(-2) ?? '').toLowerCase();
  const two = words.slice(-3, -1).join(' ').toLowerCase();
  return NAME_PARTICLES.has(one) || NAME_PARTICLES.has(two) || PATRONYMIC_PARTICLES.has(one) || SURNAME_PARTICLES.has(one);
}

/** True for a place's name or a nationality adjective: "Valdoria", "Ohio", "Israeli". */
const isPlaceOrDemonym = (phrase: string) => gazetteerLookup(phrase)?.type === 'place' || isDemonym(phrase);

/** Words of a place or a nationality before a body's name: "Valdorian", "New Valdoria". */
const MAX_BODY_PLACE_WORDS = 2;

/**
 * True when one of `names` is a place or nationality, then words whose `key` is `aliasKey`'s
 * ("Valdoria Defence Forces" of "Defence Forces"): the alias is a body's name less its country.
 */
export function lessPlaceBefore(aliasKey: string, names: readonly string[], key: (name: string) => string): boolean {
  return names.some((n) => {
    const words = n.split(' ');
    for (let width = 1; width <= Math.min(MAX_BODY_PLACE_WORDS, words.length - 1); width++) {
      if (key(words.slice(width).join(' ')) === aliasKey && isPlaceOrDemonym(words.slice(0, width).join(' '))) return true;
    }
    return false;
  });
}

/**
 * True when `alias` is an organization's name less the country before it, and a body every
 * country has ("Defence Forces" beside "Valdoria Defence Forces").
 */
function everyCountrysBody(alias: string, names: readonly string[]): boolean {
  if (!namesEveryStatesBody(alias)) return false;
  // "Defence Force" and "Defense Forces" are one body's names.
  const bodyKey = (name: string) => aliasKey(name).split(' ').map(oneSpelling).join(' ').replace(/s$/, '');
  return lessPlaceBefore(bodyKey(alias), names, bodyKey);
}

/**
 * True when `alias` is dropped for pages only: a page's "Jane" or "Defence Forces" may be anyone's,
 * but the corpus's documents that name the entity so are its own ("Adele", "Meghan"; "Israel
 * withdraws its Defense Forces").
 */
export function prunedForPagesOnly(e: KbEntity, alias: string): boolean {
  return e.type === 'person' ? givenNameAlone(alias, e.name) : e.type === 'organization' && everyCountrysBody(alias, e.aliases);
}

/** "Parliament" of the European Parliament, "Senate" of a state's: a body's head noun alone names every such body (an acronym spelled alike is the body's own). */
const bodyHeadAlone = (alias: string) => ORG_HEADS.has(alias.toLowerCase()) && !/^\p{Lu}+$/u.test(alias);

/** The entity's aliases less those that name something else; its name always stays. */
export function namingAliases(e: KbEntity): string[] {
  const keys = new Set(e.aliases.map(aliasKey));
  return e.aliases.filter((a) => {
    if (a === e.name) return true;
    if (e.type !== 'place' && gazetteerLookup(a)?.kind === 'country') return false;
    if (e.type === 'person') return !(placeGlued(a, keys) || givenNameAlone(a, e.name) || surnameTail(a, e.name) || PLACE_HEADS.has(a.toLowerCase()));
    if (isHeadNounAlone(a) || bodyHeadAlone(a)) return false;
    // A body of a region or the world ("European Union") is no one country's: "Ruritania European Union" is another thing.
    if (e.type === 'organization') return !((isWorldBody(e.name) && placeGlued(a, keys)) || everyCountrysBody(a, e.aliases));
    return true;
  });
}
