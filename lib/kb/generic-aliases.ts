/**
 * A body's name less the place before it, when what is left is two words of the dictionary:
 * "Finance Ministry" of "Valdorian Finance Ministry", "Reform Party" of "Ruritanian Reform Party".
 * Every country has such a body (a longer name of dictionary words is mostly one body's own:
 * "Press Complaints Commission"; one word is a team's or a brand's: "Mets"). When several bodies
 * of the corpus go by the phrase, it stays an alias only of the one the corpus means by it, the
 * one holding most of their documents ("State Department" of a US-centred archive's US State
 * Department); when none does, of none, since on a page it names whichever the page is about.
 * Their documents stay: the articles that wrote the full name first are their own.
 */
import { appendTo, valueFor } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { isDictionaryWord } from '../nlp/chunk';
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
import { lessPlaceBefore } from './alias-prune';
import type { KbEntity } from './schema';

/** The share of the documents of all the bodies going by the phrase that the one it stays with holds. */
const MIN_HOLDER_SHARE = 0.8;
/** Words of such a phrase, not counting its function words ("Ministry of Finance"). */
const GENERIC_WORDS = 2;

/** True for two capitalized words of the dictionary: "Finance Ministry", "Ministry of Finance", not "Tehreek Party". */
function everyCountrysPhrase(phrase: string): boolean {
  const words = phrase.split(' ').filter((w) => !ENGLISH_FUNCTION_WORDS.has(w));
  return words.length === GENERIC_WORDS && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isDictionaryWord(w));
}

/** The keys of `e`'s names and aliases. */
const keysOf = (e: KbEntity) => new Set([e.name, ...e.aliases].map(aliasKey));

/** For each organization that loses some: the keys of its aliases that name every country's body of its kind. */
export function genericAliasesLeftOut(entities: readonly KbEntity[]): Map<string, Set<string>> {
  const generic = new Map<string, KbEntity[]>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const names = [e.name, ...e.aliases];
    for (const a of e.aliases) {
      if (a === e.name || !everyCountrysPhrase(a) || !lessPlaceBefore(aliasKey(a), names, aliasKey)) continue;
      appendTo(generic, aliasKey(a), e);
    }
  }
  const left = new Map<string, Set<string>>();
  if (!generic.size) return left;
  const holders = new Map<string, KbEntity[]>();
  for (const e of entities) {
    for (const key of keysOf(e)) if (generic.has(key)) appendTo(holders, key, e);
  }
  for (const [key, droppers] of generic) {
    const all = holders.get(key) ?? [];
    const total = all.reduce((n, e) => n + e.docs.length, 0);
    const top = all.reduce((a, b) => (b.docs.length > a.docs.length ? b : a));
    const theCorpus = top.docs.length >= MIN_HOLDER_SHARE * total ? top : null;
    for (const e of droppers) {
      if (e === theCorpus) continue;
      valueFor(left, e.id, () => new Set<string>()).add(key);
    }
  }
  return left;
}
