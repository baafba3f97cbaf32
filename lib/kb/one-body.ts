/**
 * Organizations the corpus writes under several names, made one: a state's body under each of its
 * written forms ("U.S. Justice Department", "United States Department of Justice", "Justice
 * Department (United States)": lib/nlp/institutions.ts), and an acronym alone ("IDF") with the full
 * name the articles define it by ("Israel Defense Forces (IDF)"), when they define it by one name only.
 */

import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup } from '../nlp/gazetteer';
import { parseInstitution } from '../nlp/institutions';
import { initials } from '../nlp/resolve-in-document';
import { absorbEntity, type OpenEntity } from './entity-state';
import { byCode } from './kb-state';

type Named = OpenEntity & { key: string };

/** How many times as many documents an acronym alone may have as the name it goes into (as merge-entities.ts's containers). */
const MAX_ACRONYM_RATIO = 10;
/** An acronym of letters: "IDF", "PNP", "AT&T" (not "U.S.", a place's, nor "A33", a model's). */
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/** The most frequent name a cluster holds under its own key. */
function ownName(c: Named): string {
  const key = c.key.slice(c.key.indexOf('|') + 1);
  const own = [...c.names].filter(([n]) => aliasKey(n) === key);
  return own.sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0]?.[0] ?? key;
}

/** True for a name as the articles wrote it, not one the build qualified by its document's country ("National Assembly (Kuwait)"). */
const isWritten = (c: Named) => !ownName(c).endsWith(')');

/** Into the largest of a group, a name as written before one the build qualified. */
function absorbGroup<T extends Named>(group: readonly T[], gone: Set<T>): void {
  const [into, ...rest] = [...group].sort((a, b) => Number(isWritten(b)) - Number(isWritten(a)) || b.sentences.size - a.sentences.size || byCode(a.key, b.key));
  for (const c of rest) {
    absorbEntity(into as T, c);
    gone.add(c);
  }
}

/**
 * A body's name qualified by its document's country ("State Department (North Korea)", in a report
 * of the US State Department on North Korea) is trusted when the corpus writes that body with that
 * country, or with no one country most of the time; else it is the body of that one country.
 */
const MAIN_COUNTRY_SHARE = 0.8;

/** The clusters left once each state body's written forms are one (the largest written form names it). */
function mergeInstitutions<T extends Named>(clusters: readonly T[]): T[] {
  const byBody = new Map<string, Map<string, T[]>>();
  for (const c of clusters) {
    const parsed = c.type === 'organization' ? parseInstitution(ownName(c)) : null;
    if (!parsed?.country) continue;
    const countries = byBody.get(parsed.body) ?? new Map<string, T[]>();
    appendTo(countries, aliasKey(parsed.country), c);
    byBody.set(parsed.body, countries);
  }
  const gone = new Set<T>();
  for (const countries of byBody.values()) {
    // Documents of each country's written forms, the main country first.
    const written = [...countries].map(([country, group]) => [country, group.filter(isWritten).reduce((n, c) => n + c.sentences.size, 0)] as const);
    const total = written.reduce((n, [, docs]) => n + docs, 0);
    const [main] = [...written].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]));
    const mainCountry = main && main[1] >= MAIN_COUNTRY_SHARE * total ? main[0] : null;
    for (const [country, group] of countries) {
      if (mainCountry && country !== mainCountry && !group.some(isWritten)) {
        (countries.get(mainCountry) as T[]).push(...group);
        group.length = 0;
      }
    }
    for (const group of countries.values()) if (group.length > 1) absorbGroup(group, gone);
  }
  return clusters.filter((c) => !gone.has(c));
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
    for (const a of c.aliases) if (ACRONYM.test(a) && initials(name) === a.replace(/&/g, '')) appendTo(byAlias, aliasKey(a), c);
  }
  const gone = new Set<T>();
  for (const [c, name] of acronyms) {
    const owners = byAlias.get(aliasKey(name)) ?? [];
    const [only] = owners;
    if (!only || owners.length > 1 || gone.has(only) || c.sentences.size > MAX_ACRONYM_RATIO * only.sentences.size) continue;
    absorbEntity(only, c);
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}

/** `clusters` with each body written several ways made one. */
export const mergeOneBody = <T extends Named>(clusters: readonly T[]): T[] => mergeDefinedAcronyms(mergeInstitutions(clusters));
