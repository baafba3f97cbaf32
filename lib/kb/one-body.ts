/**
 * Organizations the corpus writes under several names, made one: a state's body under each of its
 * written forms ("U.S. Justice Department", "United States Department of Justice", "Justice
 * Department (United States)": lib/nlp/institutions.ts), and an acronym alone ("IDF") with the full
 * name the articles define it by ("Israel Defense Forces (IDF)"), when they define it by one name only.
 */
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup } from '../nlp/gazetteer';
import { institutionKey } from '../nlp/institutions';
import { initials } from '../nlp/resolve-in-document';
import { appendTo } from '../multimap';
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

/** Into the largest of a group, a name as written before one the build qualified ("National Assembly (Kuwait)"). */
function absorbGroup<T extends Named>(group: readonly T[], gone: Set<T>): void {
  const written = (c: T) => !ownName(c).endsWith(')');
  const [into, ...rest] = [...group].sort((a, b) => Number(written(b)) - Number(written(a)) || b.sentences.size - a.sentences.size || byCode(a.key, b.key));
  for (const c of rest) {
    absorbEntity(into as T, c);
    gone.add(c);
  }
}

/** The clusters left once each state body's written forms are one (the largest written form names it). */
function mergeInstitutions<T extends Named>(clusters: readonly T[]): T[] {
  const byBody = new Map<string, T[]>();
  for (const c of clusters) {
    const key = c.type === 'organization' ? institutionKey(ownName(c)) : null;
    if (key) appendTo(byBody, key, c);
  }
  const gone = new Set<T>();
  for (const group of byBody.values()) if (group.length > 1) absorbGroup(group, gone);
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
