/**
 * A US town's name that documents qualify by two different states is two towns: "Paradise,
 * Nevada" (the Las Vegas Strip) and "Paradise, California" (the burned town). The gazetteer puts
 * a US city in no state, so detection keeps both under the name alone (place-homonyms.ts renames
 * only a city qualified by a country it does not put it in). Here the documents split by the state
 * their sentences write after the name: the state most of them write keeps the name alone, with
 * the documents that write no state or several; each other state's documents become "<town>,
 * <state>" ("Portland, Maine" beside Portland). A name qualified by one state only stays one place.
 * "Jane Roe of Springfield, Ohio" qualifies the town; "District of Columbia, Maryland" no Columbia.
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { isGivenName } from '../nlp/chunk';
import { countriesOfCity, gazetteerLookup, isUsState, otherPlaceOfStateName } from '../nlp/gazetteer';
import { canonicalName, type OpenEntity, openEntity, takeDocument } from './entity-state';
import { byCode, nameKeyOf } from './kb-state';

type Keyed = OpenEntity & { key: string };

/** Words a state's name may take: "New Hampshire", "District of Columbia". */
const MAX_STATE_WORDS = 3;

/** A state no city the gazetteer knows is named after: "Boston, New York and Chicago" is a list of cities. */
const onlyState = (phrase: string) => isUsState(phrase) && otherPlaceOfStateName(phrase)?.kind !== 'city';

/** "District of |Columbia": the name ends a longer one. */
const ENDS_A_NAME = /\p{Lu}\p{L}*\s+of\s+$/u;
/** "Jane Roe of |Springfield": a person of the town, whose name is no longer one; its given name is group 1. */
const PERSON_OF = /(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+\s+of\s+$/u;

/** True when the text before a name makes it the end of a longer one ("District of Columbia"), not a person's town ("Jane Roe of Springfield"). */
function endsAName(before: string): boolean {
  const person = PERSON_OF.exec(before)?.[1];
  return ENDS_A_NAME.test(before) && !(person && isGivenName(person));
}

/** A letter or a digit ending the text before a name: the name is the end of a word. */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
/** Capitalized words, read where a name and its comma end. */
const CAPITALIZED_WORDS = /(?:\p{Lu}\p{Ll}+ )*\p{Lu}\p{Ll}+/uy;

/**
 * The states `sentence` writes right after one of `names` ("Paradise, Nevada, United States"),
 * not a state's possessive nor one a verb follows ("Paradise, Nevada says"): a list may go on.
 * Found with indexOf and two shared patterns: a pattern made for each name of every town took
 * seconds of the world build to compile.
 */
function statesAfter(sentence: string, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const opener = `${name}, `;
    for (let at = sentence.indexOf(opener); at !== -1; at = sentence.indexOf(opener, at + opener.length)) {
      const before = sentence.slice(Math.max(0, at - 2), at);
      if (WORD_BEFORE.test(before) || endsAName(sentence.slice(0, at))) continue;
      CAPITALIZED_WORDS.lastIndex = at + opener.length;
      const words = CAPITALIZED_WORDS.exec(sentence)?.[0].split(' ') ?? [];
      for (let width = Math.min(MAX_STATE_WORDS, words.length); width >= 1; width--) {
        const state = words.slice(0, width).join(' ');
        const rest = sentence.slice(at + opener.length + state.length);
        if (!onlyState(state) || !/^(?:$|[,.;:)]| and )/.test(rest)) continue;
        found.push(state);
        break;
      }
    }
  }
  return found;
}

/** A town's name the states could qualify: no state's or country's own name, and no city the gazetteer puts only abroad. */
function mayBeUsTown(key: string): boolean {
  const kind = gazetteerLookup(key)?.kind;
  const countries = countriesOfCity(key);
  return !isUsState(key) && (kind === undefined || kind === 'city') && (countries.size === 0 || countries.has('US'));
}

/** The one state each of `c`'s documents writes after its name, by state; documents writing none or several left out. */
function documentsByState(c: Keyed): Map<string, string[]> {
  const names = [...c.names.keys()].filter((n) => aliasKey(n) === nameKeyOf(c));
  const byState = new Map<string, string[]>();
  for (const [doc, sentences] of c.sentences) {
    const states = new Set(sentences.flatMap((s) => statesAfter(s, names)));
    if (states.size !== 1) continue;
    const state = [...states][0] as string;
    appendTo(byState, state, doc);
  }
  return byState;
}

/**
 * Moves `docs` of place `c` to its namesake `name` ("Springfield, Ohio"), opened in `byKey` and
 * `added` the first time: the split of a place's documents that country-namesakes.ts makes too.
 */
export function toNamesake<T extends Keyed>(c: T, name: string, docs: readonly string[], byKey: Map<string, T>, added: T[]): void {
  const key = `place|${aliasKey(name)}`;
  let into = byKey.get(key);
  if (!into) {
    into = { key, ...openEntity('place') } as T;
    byKey.set(key, into);
    added.push(into);
  }
  into.names.set(name, (into.names.get(name) ?? 0) + docs.length);
  for (const doc of docs) takeDocument(c, into, doc);
}

/** `clusters` with each town qualified by several states split by state (new clusters after the rest, sorted by key). */
export function splitByState<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const added: T[] = [];
  for (const c of clusters) {
    if (c.type !== 'place' || !mayBeUsTown(nameKeyOf(c))) continue;
    const byState = documentsByState(c);
    if (byState.size < 2) continue;
    const town = canonicalName(c);
    // The state of most documents first (ties by name, so builds repeat): it keeps the name alone.
    const [, ...others] = [...byState].sort(([a, x], [b, y]) => y.length - x.length || byCode(a, b));
    for (const [state, docs] of others) {
      toNamesake(c, `${town}, ${state}`, docs, byKey, added);
    }
  }
  return [...clusters, ...added.sort((a, b) => byCode(a.key, b.key))];
}
