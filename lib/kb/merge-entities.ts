/**
 * Entity states of all articles → KB entities: one per (type, name key), with a surname seen
 * alone merged into the only full name it belongs to (or, when several people share it, into the
 * one each document's date points to: short-forms.ts), and "State Department" into
 * "US State Department", and a name's rare other types merged into its main one (type-by-evidence.ts);
 * first, the written forms of one state body and a defined acronym are made one (one-body.ts), and
 * a company's legal forms ("Kessler Corp.") with its name (legal-forms.ts), a city's regions
 * ("Kessel Province", "Kessel Oblast") with each other or with the city's name (city-regions.ts), a town
 * glued to its state ("Varnel Zacoria") with the town (glued-qualifiers.ts), a place's documents split
 * by the country they write after it (country-namesakes.ts), a US town's by the state (state-qualifiers.ts), and "the Roe government" made Roe's
 * (leader-rule.ts); a person's name that names no one ("Treasury", "Counsel") is left out (no-persons-name.ts), and
 * in a large corpus, a person or an organization of few documents whose name does not back its type (evidence-gate.ts).
 */

import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { isDictionaryWord, isGivenName } from '../nlp/chunk';
import { gazetteerLookup, isDemonym, namesCountry } from '../nlp/gazetteer';
import { NAME_PARTICLES, PATRONYMIC_PARTICLES, SURNAME_PARTICLES } from '../nlp/title-words';
import { runSteps, type Steps } from '../steps';
import { association } from './association';
import { mergeCityRegions } from './city-regions';
import { namesOnlyCodes } from './code-acronyms';
import { splitByCountry } from './country-namesakes';
import { absorbEntity, canonicalName, type OpenEntity, openEntity, uniqueRoles } from './entity-state';
import { withoutUnbacked } from './evidence-gate';
import { mergeGluedQualifiers } from './glued-qualifiers';
import { byCode, type EntityState, nameKeyOf } from './kb-state';
import { leaderRuleToPerson } from './leader-rule';
import { mergeLegalForms } from './legal-forms';
import { namesNoPerson, oneLetter } from './no-persons-name';
import { isAnotherCountrys, mergeOneBody } from './one-body';
import { mergeQualifiedPlaces } from './qualified-places';
import { mergeRegionForms } from './region-forms';
import type { KbEntity } from './schema';
import { ownNameWords, splitShortForm, takeShortForm } from './short-forms';
import { slug } from './slug';
import { mergeSpelledAcronyms } from './spelled-acronyms';
import { splitByState } from './state-qualifiers';
import { withoutTermAcronyms } from './term-acronyms';
import { mergeAcrossTypes } from './type-by-evidence';

/** Co-mentions kept per entity, strongest first (the layered index keeps as many). */
export const KEPT_RELATED = 8;
/** Sentences a pair shares before its association counts for much: once may be chance. */
const MIN_CO_MENTIONS = 2;

/** An entity being merged, under its (type, name key). */
type Cluster = OpenEntity & { key: string };

function toCluster(s: EntityState): Cluster {
  const c = { key: s.key, ...openEntity(s.type) };
  absorbEntity(c, s);
  return c;
}

/** A person's own name words, and the last two of a longer name ("peña nieto" of "enrique peña nieto", "de rossi" of "anna de rossi"). */
function personParts(words: readonly string[]): Set<string> {
  const own = ownNameWords(words);
  const parts = new Set(own);
  const [first, last] = words.slice(-2) as [string, string];
  if (words.length > 2 && own.includes(last) && (own.includes(first) || particleOpens(first))) parts.add(`${first} ${last}`);
  return parts;
}

/** A particle that opens a family name of two words ("de", "van", "di"), not a father's name ("bin"). */
const particleOpens = (word: string) => (NAME_PARTICLES.has(word) || SURNAME_PARTICLES.has(word)) && !PATRONYMIC_PARTICLES.has(word);

/**
 * "Peña Nieto": a person's name of two words, the first no given name, which may be the tail of a longer
 * person's name ("Dana Hollis" may be no "Mary Dana Hollis").
 */
function twoWordTail(key: string): boolean {
  const words = key.split(' ');
  return words.length === 2 && !isGivenName(words[0] as string);
}

/** How many times as many documents as a two-word name the longer name it ends must have. */
const TAIL_LEAD = 2;

/**
 * Clusters by the keys they could contain: a person under each of their names ("park" → "daniel
 * park"), an organization under each word-final part ("state department" → "us state department").
 * A large KB is then never compared pairwise.
 */
function containerIndex(all: readonly Cluster[]): Map<string, Cluster[]> {
  const index = new Map<string, Cluster[]>();
  for (const o of all) {
    const words = nameKeyOf(o).split(' ');
    const parts = o.type === 'person' ? personParts(words) : o.type === 'organization' ? words.slice(1).map((_, i) => words.slice(i + 1).join(' ')) : [];
    for (const part of parts) {
      const at = `${o.type}|${part}`;
      appendTo(index, at, o);
    }
  }
  return index;
}

/**
 * How many times as many documents an organization may have as the longer name it would go into:
 * "European Union" (1,000 documents) is no part of "United Kingdom European Union" (a few, glued
 * from "the United Kingdom European Union membership referendum").
 */
const MAX_CONTAINED_RATIO = 10;

/**
 * How many times as many documents `c` may have as the longer name it would go into: up to
 * MAX_CONTAINED_RATIO after a country, no more than that name's own after a city or a region
 * ("General Electric" is no part of "Portland General Electric").
 */
const containedRatio = (c: Cluster, container: Cluster) => (namesCountry(prefixBefore(container, c)) ? MAX_CONTAINED_RATIO : 1);

/** What a longer name adds before a short one it ends: "portland" of "portland general electric". */
const prefixBefore = (container: Cluster, c: Cluster) => nameKeyOf(container).slice(0, -nameKeyOf(c).length - 1);

/** The clusters `c` could belong inside: full names for a surname, "US State Department" for "State Department". */
function containers(c: Cluster, index: Map<string, Cluster[]>): Cluster[] {
  const key = nameKeyOf(c);
  if (c.type === 'place' || (c.type === 'person' && ((key.includes(' ') && !twoWordTail(key)) || oneLetter(key)))) return [];
  // An organization the gazetteer knows by this name ("European Union") is one of its own.
  if (c.type === 'organization' && gazetteerLookup(key)?.type === 'organization') return [];
  const others = (index.get(c.key) ?? []).filter((o) => o !== c);
  // "Syrian National Army" is no part of "Turkish-Syrian National Army": a hyphen glues the demonyms.
  const wholeWords = (o: Cluster) => aliasKey(canonicalName(o).split(' ').slice(-key.split(' ').length).join(' ')) === key;
  // "People's Army" ends "New People's Army" as well as "Korean People's Army": a tail of several bodies' names is none's.
  if (c.type === 'organization' && others.filter(wholeWords).length > 1) return [];
  const found = others.filter((o) => {
    if (c.type === 'person') return true;
    const prefix = prefixBefore(o, c);
    return wholeWords(o) && (isDemonym(prefix) || gazetteerLookup(prefix)?.type === 'place') && !isAnotherCountrys(o);
  });
  if (c.type !== 'person' || !key.includes(' ')) return found;
  // A two-word name goes only into the one longer name it ends, a given name before it ("Enrique"; not a
  // title's or a place's word glued on), covered twice as much as it: the name of that person's news.
  // A particle's family name ("Di Rossi") is no given name and a surname: the longer name need only match its cover.
  const [only] = found;
  const given = only && isGivenName(nameKeyOf(only).split(' ')[0] as string);
  const lead = particleOpens(key.split(' ')[0] as string) ? 1 : TAIL_LEAD;
  return found.length === 1 && given && only.sentences.size >= lead * c.sentences.size ? found : [];
}

/**
 * False when `c` is gone into others: into the only cluster it fits (a person's name alone only in
 * the documents of that person's time), or (a family name several people share) document by
 * document into the one its date points to (short-forms.ts).
 */
function keepsItsOwn(c: Cluster, index: Map<string, Cluster[]>, dateOf: (doc: string) => string | null): boolean {
  const fits = containers(c, index);
  const [only] = fits;
  if (only && fits.length === 1 && c.type === 'person') return !takeShortForm(c, only, dateOf) && keepsLeftover(c);
  if (only && fits.length === 1) {
    if (c.sentences.size > containedRatio(c, only) * only.sentences.size) return true;
    absorbEntity(only, c);
    return false;
  }
  if (c.type !== 'person' || fits.length === 0) return true;
  splitShortForm(
    c,
    fits.filter((o) => nameKeyOf(o).endsWith(` ${nameKeyOf(c)}`)),
    dateOf,
  );
  return keepsLeftover(c);
}

/**
 * True when what is left of a person's name alone, once its bearers took their documents, still
 * names someone: not a word of the dictionary ("Duchess", "Universe", "Order" of "Executive Order"),
 * which went into a longer name only by sharing its last word.
 */
const keepsLeftover = (c: Cluster) => c.sentences.size > 0 && !isDictionaryWord(nameKeyOf(c));

/**
 * True for a person named only by a given name that no title ever went with ("David", "Chelsea"):
 * the statue, the club and the storm of that name gather there, and no one person. A given name
 * with a title ("Pope Francis", "Prince Harry") names one.
 */
function givenNameAlone(c: Cluster): boolean {
  const key = nameKeyOf(c);
  return c.type === 'person' && !key.includes(' ') && isGivenName(key) && ![...c.aliases].some((a) => aliasKey(a).endsWith(` ${key}`));
}

/** Entities made between two steps of `finalizeEntitySteps`: a few hundred ms of a large corpus's. */
const ENTITIES_PER_STEP = 2000;

/**
 * KB entities from the entity states of every article (sorted by key, as a merged state holds them); `dateOf` gives a
 * document's date, `corpusDocuments` the corpus's size (the evidence gate applies to large ones).
 */
export function finalizeEntities(states: readonly EntityState[], dateOf: (doc: string) => string | null = () => null, corpusDocuments = 0): KbEntity[] {
  return runSteps(finalizeEntitySteps(states, dateOf, corpusDocuments));
}

/** What reads the clusters across documents before the gate, in order: each merges, splits or leaves out clusters. */
const CLUSTER_STEPS: ReadonlyArray<(clusters: Cluster[]) => Cluster[]> = [
  withoutTermAcronyms,
  mergeSpelledAcronyms,
  mergeLegalForms,
  mergeCityRegions,
  mergeQualifiedPlaces,
  mergeGluedQualifiers,
  mergeRegionForms,
  splitByCountry,
  splitByState,
  leaderRuleToPerson,
];

/** `finalizeEntities` in steps (lib/steps.ts). */
export function* finalizeEntitySteps(states: readonly EntityState[], dateOf: (doc: string) => string | null, corpusDocuments = 0): Steps<KbEntity[]> {
  const clusters = CLUSTER_STEPS.reduce((all, step) => step(all), mergeOneBody(states.map(toCluster)));
  yield;
  const index = containerIndex(clusters);
  yield;
  const kept = clusters.filter((c) => keepsItsOwn(c, index, dateOf) && !givenNameAlone(c) && !namesNoPerson(c) && !namesOnlyCodes(c));
  yield;
  const merged = withoutUnbacked(mergeAcrossTypes(kept), corpusDocuments);
  yield;
  const ids = new Map<Cluster, string>();
  const names = new Map(merged.map((c) => [c, canonicalName(c)]));
  const taken = new Set<string>();
  for (const c of merged) {
    const base = slug(names.get(c) as string);
    let id = base;
    if (taken.has(id)) id = `${base}-${c.type}`;
    // Names that differ only in what a slug drops ("Al-Qaim", "Al Qaim") still need ids of their own.
    for (let n = 2; taken.has(id); n++) id = `${base}-${c.type}-${n}`;
    taken.add(id);
    ids.set(c, id);
  }
  // Co-occurrence: entities (by their number in `merged`) named in the same sentence.
  const bySentence = new Map<string, number[]>();
  merged.forEach((c, n) => {
    for (const p of c.places) appendTo(bySentence, p, n);
  });
  const sentences = bySentence.size;
  // Sentences each other entity shares with the one at hand, and which ones it met: a count per
  // number, reset after each entity, costs less than a map of counts per entity.
  const counts = new Uint32Array(merged.length);
  const entity = (c: Cluster, n: number): KbEntity => {
    const met: number[] = [];
    for (const p of c.places) {
      for (const other of bySentence.get(p) ?? []) {
        if (other === n) continue;
        const before = counts[other] as number;
        if (before === 0) met.push(other);
        counts[other] = before + 1;
      }
    }
    const pairs = met.map((other) => {
      const count = counts[other] as number;
      counts[other] = 0;
      const o = merged[other] as Cluster;
      return { id: ids.get(o) as string, count, strength: association(count, c.places.size, o.places.size, sentences), chance: count < MIN_CO_MENTIONS };
    });
    const docs = [...c.sentences.keys()].sort(byCode);
    const name = names.get(c) as string;
    return {
      id: ids.get(c) as string,
      name,
      type: c.type,
      aliases: [...new Set([name, ...c.aliases])].sort(byCode),
      roles: uniqueRoles(c.roles),
      docs,
      coverage: docs.map((doc) => ({ doc, sentences: c.sentences.get(doc) ?? [] })),
      // Strongest association first (association.ts); pairs met only once come after those met
      // MIN_CO_MENTIONS times, so they fill the list only of an entity the corpus barely knows.
      related: pairs
        .filter((pair) => pair.strength > 0)
        .sort((a, b) => Number(a.chance) - Number(b.chance) || b.strength - a.strength || b.count - a.count || byCode(a.id, b.id))
        .slice(0, KEPT_RELATED)
        .map(({ id, count }) => ({ id, count })),
    };
  };
  yield;
  const entities: KbEntity[] = [];
  for (const [n, c] of merged.entries()) {
    if (n && n % ENTITIES_PER_STEP === 0) yield;
    entities.push(entity(c, n));
  }
  return entities.sort((a, b) => byCode(a.id, b.id));
}
