/**
 * Organizations the corpus writes under several names, made one: one name spelt several ways ("UN
 * Security Council", "United Nations Security Council"), a state's body under each of its
 * written forms ("U.S. Justice Department", "United States Department of Justice", "Justice
 * Department (United States)": lib/nlp/institutions.ts), and an acronym alone ("IDF") with the full
 * name the articles define it by ("Israel Defense Forces (IDF)"), when they define it by one name only
 * (spelt one way or several: "Israel Defence Forces (IDF)").
 */

import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { ACRONYM_FORM, countryNamed, countryOfAdjective, gazetteerLookup } from '../nlp/gazetteer';
import { BRACKETED, oneSpelling, parseInstitution } from '../nlp/institutions';
import { initials } from '../nlp/resolve-in-document';
import { absorbEntity, absorbIntoFirst, byDocuments, type OpenEntity } from './entity-state';
import { byCode } from './kb-state';

type Named = OpenEntity & { key: string };

/** How many times as many documents a name alone or an acronym may have as the name it goes into (as merge-entities.ts's containers). */
const MAX_ALONE_RATIO = 10;
/** An acronym of letters: "IDF", "PNP", "AT&T" (not "U.S.", a place's, nor "A33", a model's). */
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/** The most frequent name a cluster holds under its own key. */
function ownName(c: Named): string {
  const key = c.key.slice(c.key.indexOf('|') + 1);
  const own = [...c.names].filter(([n]) => aliasKey(n) === key);
  return own.sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0]?.[0] ?? key;
}

/** True for a name as the articles wrote it, not one the build qualified by its document's country ("National Assembly (Kuwait)"). */
const isWritten = (c: Named) => !BRACKETED.test(ownName(c));

/** 2 for a name written with its owner ("Kuwaiti National Assembly"), 1 written alone ("National Assembly"), 0 qualified by the build. */
const writtenRank = (c: Named) => (isWritten(c) ? (parseInstitution(ownName(c))?.country ? 2 : 1) : 0);

/** Into the largest of a group's best written names (writtenRank), the rest. */
const absorbGroup = <T extends Named>(group: readonly T[], gone: Set<T>) =>
  absorbIntoFirst(group, (a, b) => writtenRank(b) - writtenRank(a) || byDocuments(a, b), gone);

/**
 * A body's name qualified by its document's country ("State Department (North Korea)", in a report
 * of the US State Department on North Korea), or left alone where the document named none, is
 * trusted when the corpus writes that body with that country, or with no one owner most of the
 * time; else it is the body of that one owner (a country, or "United Nations" of "UN General Assembly").
 */
const MAIN_OWNER_SHARE = 0.8;
/** Countries a body's name must be written with for that name alone, its country unknown, to name no one body. */
const MIN_OWNERS = 2;
/** The key of a body's name that names no owner ("Supreme Court"). */
const NO_OWNER = '';

/** The documents of a group's clusters, counted once per cluster. */
const docsOf = (group: readonly Named[]) => group.reduce((n, c) => n + c.sentences.size, 0);

/** The clusters left once each state body's written forms are one (the largest written form names it). */
function mergeInstitutions<T extends Named>(clusters: readonly T[]): T[] {
  const byBody = new Map<string, Map<string, T[]>>();
  for (const c of clusters) {
    const parsed = c.type === 'organization' ? parseInstitution(ownName(c)) : null;
    if (!parsed) continue;
    const owners = byBody.get(parsed.body) ?? new Map<string, T[]>();
    appendTo(owners, parsed.country ? aliasKey(parsed.country) : NO_OWNER, c);
    byBody.set(parsed.body, owners);
  }
  const gone = new Set<T>();
  for (const owners of byBody.values()) {
    // Documents of each owner's written forms, the main owner first.
    const written = [...owners].flatMap(([owner, group]) =>
      owner === NO_OWNER ? [] : [[owner, group.filter(isWritten).reduce((n, c) => n + c.sentences.size, 0)] as const],
    );
    const total = written.reduce((n, [, docs]) => n + docs, 0);
    const [main] = [...written].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]));
    const mainOwner = main && main[1] > 0 && main[1] >= MAIN_OWNER_SHARE * total ? main[0] : null;
    for (const [owner, group] of owners) {
      // A name alone far more documented than its main owner's is another's, glued (as merge-entities.ts's containers).
      const glued = owner === NO_OWNER && docsOf(group) > MAX_ALONE_RATIO * (main?.[1] ?? 0);
      if (mainOwner && owner !== mainOwner && !glued && (owner === NO_OWNER || !group.some(isWritten))) {
        // "State Department (North Korea)" names no body of the US State Department.
        for (const c of group) for (const a of c.aliases) if (BRACKETED.test(a)) c.aliases.delete(a);
        (owners.get(mainOwner) as T[]).push(...group);
        group.length = 0;
      } else if (owner === NO_OWNER && !mainOwner && written.length >= MIN_OWNERS && docsOf(group) <= total) {
        // "Supreme Court" where no country was named, a name the corpus mostly writes with one of
        // several countries: one of their courts, no one body.
        for (const c of group) gone.add(c);
      }
    }
    for (const [owner, group] of owners) {
      // "Supreme Court" alone is no alias of "Supreme Court of Kessel" unless the corpus writes that court alone for Kessel's.
      if (owner !== NO_OWNER && owner !== mainOwner)
        for (const c of group) for (const a of c.aliases) if (parseInstitution(a)?.country === null) c.aliases.delete(a);
      if (owner !== NO_OWNER && group.length > 1) absorbGroup(group, gone);
    }
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * One name spelt several ways: "UN Security Council" and "United Nations Security Council" (a
 * country's or an organization's acronym before it, for its name), "Israeli Defence Force" and
 * "Israel Defense Forces" (a demonym for its country, British and American spelling, one force or several),
 * "Kessel Workers' Party" and "Kessel Workers Party".
 */
function spellingKey(name: string): string {
  const written = name.split(' ');
  const words = aliasKey(name).split(' ');
  let prefixed = false;
  for (let width = Math.min(2, written.length - 1); width > 0 && !prefixed; width--) {
    const prefix = written.slice(0, width).join(' ');
    const entry = gazetteerLookup(prefix);
    if (entry && (entry.kind === 'country' || ACRONYM_FORM.test(prefix))) {
      words.splice(0, aliasKey(prefix).split(' ').length, aliasKey(entry.name));
      prefixed = true;
    }
  }
  const country = prefixed || written.length < 2 ? undefined : countryOfAdjective(written[0] as string);
  if (country) words.splice(0, 1, aliasKey(country));
  // "Workers' Party" and "Workers Party": a plural's possessive apostrophe is spelling too.
  const key = words.map((w) => oneSpelling(w.replace(/'$/, ''))).join(' ');
  return written.length > 1 ? key.replace(/s$/, '') : key;
}

/** The clusters left once each organization's spellings (spellingKey) are one, under its most documented one. */
function mergeSpellings<T extends Named>(clusters: readonly T[]): T[] {
  const bySpelling = new Map<string, T[]>();
  for (const c of clusters) if (c.type === 'organization') appendTo(bySpelling, spellingKey(ownName(c)), c);
  const gone = new Set<T>();
  for (const group of bySpelling.values()) {
    if (group.length > 1) absorbIntoFirst(group, byDocuments, gone);
  }
  return clusters.filter((c) => !gone.has(c));
}

/** Documents that must write an acronym in brackets after an organization's name whose initials it is not. */
const MIN_DEFINITIONS = 2;

/**
 * True when at least MIN_DEFINITIONS documents write `acronym`, whose letters are not its name's
 * initials, in brackets in a sentence of `c`: "Kurdistan Workers' Party (PKK)", an acronym of its
 * name in another language. One document's slip makes no alias of another organization's acronym.
 */
function definedOften(c: Named, acronym: string): boolean {
  const written = `(${acronym})`;
  let documents = 0;
  for (const sentences of c.sentences.values()) if (sentences.some((s) => s.includes(written)) && ++documents >= MIN_DEFINITIONS) return true;
  return false;
}

/** The clusters left once each acronym alone is in the one organization whose name the articles gave it in brackets. */
function mergeDefinedAcronyms<T extends Named>(clusters: readonly T[]): T[] {
  const byAlias = new Map<string, T[]>();
  const acronyms: [T, string][] = [];
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    const name = ownName(c);
    if (ACRONYM.test(name)) {
      if (!gazetteerLookup(name)) acronyms.push([c, name]);
      continue;
    }
    for (const a of c.aliases) if (ACRONYM.test(a) && (initials(name) === a.replace(/&/g, '') || definedOften(c, a))) appendTo(byAlias, aliasKey(a), c);
  }
  const gone = new Set<T>();
  for (const [c, name] of acronyms) {
    const owners = (byAlias.get(aliasKey(name)) ?? []).filter((o) => !gone.has(o));
    // Owners that are one name spelt two ways are one owner, under the most documented spelling.
    const [only, ...others] = [...owners].sort(byDocuments);
    if (!only || others.some((o) => spellingKey(ownName(o)) !== spellingKey(ownName(only)))) continue;
    if (c.sentences.size > MAX_ALONE_RATIO * owners.reduce((n, o) => n + o.sentences.size, 0)) continue;
    for (const o of others) {
      absorbEntity(only, o);
      gone.add(o);
    }
    absorbEntity(only, c);
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * The least share of an organization's documents that name a country for "<country> <its name>"
 * to be that organization: homonyms of other countries ("Sudan People's Liberation Army", "Malta
 * Labour Party") share none or nearly none of their documents with the country.
 */
const MIN_COUNTRY_SHARE = 0.05;

/** The country a name's opening words write ("US", "United States", "Turkish") and how many words they are, or null. */
function countryPrefix(written: readonly string[]): { country: string; width: number } | null {
  for (let width = Math.min(3, written.length - 2); width > 0; width--) {
    const prefix = written.slice(0, width).join(' ');
    const country = countryNamed(prefix);
    if (country) return { country, width };
  }
  return null;
}

/**
 * The clusters left once an organization's name with a country before it ("US National Basketball
 * Association") is in the organization of that name alone, when that one has at least as many
 * documents and its documents name that country in some of them and no other country more often. Else the two are homonyms of
 * two countries, and the name alone is not taken for a short form of the longer (isAnotherCountrys).
 * A state's body is no such name ("Armed Forces": mergeInstitutions tells each country's apart).
 */
function mergeCountryPrefixed<T extends Named>(clusters: readonly T[]): T[] {
  const byName = new Map<string, T>();
  for (const c of clusters) byName.set(c.key, c);
  // The countries each document names, made once and only when some name has a country before it.
  let byDoc: Map<string, string[]> | null = null;
  const countriesNamed = (alone: T) => {
    if (!byDoc) {
      byDoc = new Map();
      for (const p of clusters)
        if (p.type === 'place' && gazetteerLookup(ownName(p))?.kind === 'country')
          for (const doc of p.sentences.keys()) appendTo(byDoc, doc, aliasKey(ownName(p)));
    }
    const counts = new Map<string, number>();
    for (const doc of alone.sentences.keys()) for (const country of byDoc.get(doc) ?? []) counts.set(country, (counts.get(country) ?? 0) + 1);
    return counts;
  };
  const gone = new Set<T>();
  for (const c of clusters) {
    if (c.type !== 'organization') continue;
    const written = ownName(c).split(' ');
    const prefix = countryPrefix(written);
    if (!prefix) continue;
    const rest = written.slice(prefix.width).join(' ');
    const alone = byName.get(`organization|${aliasKey(rest)}`);
    if (!alone || alone === c || gone.has(alone) || parseInstitution(rest)) continue;
    const named = countriesNamed(alone);
    const shared = named.get(aliasKey(prefix.country)) ?? 0;
    // "Indian Premier League" is no "Premier League" whose documents name another country more.
    if (shared < MIN_COUNTRY_SHARE * alone.sentences.size || shared < Math.max(...named.values())) anotherCountrys.add(c);
    else if (alone.sentences.size >= c.sentences.size) {
      absorbEntity(alone, c);
      gone.add(c);
    }
  }
  return clusters.filter((c) => !gone.has(c));
}

/** Organizations of a country's name whose name alone is another's ("Sudan People's Liberation Army"): see mergeCountryPrefixed. */
const anotherCountrys = new WeakSet<object>();

/** True for an organization that its name without its country names something else: the name alone is no short form of it. */
export const isAnotherCountrys = (c: object) => anotherCountrys.has(c);

/** `clusters` with each body written several ways made one. */
export const mergeOneBody = <T extends Named>(clusters: readonly T[]): T[] =>
  mergeDefinedAcronyms(mergeInstitutions(mergeCountryPrefixed(mergeSpellings(clusters))));
