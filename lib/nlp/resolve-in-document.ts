/**
 * What the rest of the document says about each candidate: a surname stands for the full name
 * met in the same text ("Blinken" → "Antony Blinken"), "the North" for North Korea, an acronym
 * in brackets for the name before it or, alone, the initials of the one organization named
 * before it, "State Department" for "US State Department", and "Israel-Hamas" for two names.
 */
import type { EntityType } from '../kb/schema';
import { aliasKey } from './alias-key';
import { followsKinNoun, readsAsSurname } from './city-or-surname';
import type { Candidate, Detected } from './detect';
import { gazetteerLookup } from './gazetteer';
import { FAMILY_NAMES_FIRST } from './known-names';
import { MAX_NAME_CHARS } from './limits';
import { indexPeople } from './people-index';
import { rolesInSentence } from './roles';
import { nationalityWidth } from './title-split';

const COMPASS = new Set(['North', 'South', 'East', 'West']);

/** "Israel-Hamas", "US-South Korea", "Blinken-Yoon": two known names joined by a hyphen. */
function splitHyphenated(text: string, c: Candidate, knows: (s: string) => boolean): Candidate[] | null {
  // Only hyphens with a side short enough to be a name: the others cannot split, and trying them all is quadratic.
  const from = Math.max(c.text.length - MAX_NAME_CHARS - 1, 0);
  const to = Math.min(MAX_NAME_CHARS, c.text.length - 1);
  for (let at = c.text.indexOf('-', from); at > 0 && at <= to; at = c.text.indexOf('-', at + 1)) {
    const left = c.text.slice(0, at);
    const right = c.text.slice(at + 1);
    if (!knows(left) || !knows(right)) continue;
    const part = (start: number, end: number): Candidate => {
      const surface = text.slice(start, end);
      const known = gazetteerLookup(surface);
      return { ...c, start, end, text: surface, type: known?.type ?? null, canonical: known?.name ?? null, name: known?.name ?? surface, via: 'hyphen part' };
    };
    return [part(c.start, c.start + at), part(c.start + at + 1, c.end)];
  }
  return null;
}

/** An acronym of capitals only: "PKK", "MSF". */
const LETTERS_ACRONYM = /^\p{Lu}{2,6}$/u;

/** The capitals opening a name's words: "NATO" of "North Atlantic Treaty Organization". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The first name in `orgs` opening with a nationality ("US State Department"), by each shorter
 * name it ends with ("state department", "department"): one pass, where comparing every pair
 * of a document's organizations was quadratic.
 */
function nationalNamesBySuffix(orgs: readonly Candidate[]): Map<string, string> {
  const bySuffix = new Map<string, string>();
  for (const o of orgs) {
    if (nationalityWidth(o.sentence.words.slice(o.first, o.last + 1), 0) === 0) continue;
    const key = aliasKey(o.name);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      const suffix = key.slice(at + 1);
      if (!bySuffix.has(suffix)) bySuffix.set(suffix, o.name);
    }
  }
  return bySuffix;
}

/** Each name's type among the typed candidates, by alias key; null for a name typed two ways. */
function typesByName(candidates: readonly Candidate[]): Map<string, EntityType | null> {
  const types = new Map<string, EntityType | null>();
  for (const c of candidates) {
    if (c.type === null) continue;
    const key = aliasKey(c.text);
    const known = types.get(key);
    types.set(key, known === undefined || known === c.type ? c.type : null);
  }
  return types;
}

/** Resolves each candidate against the document; `fallback` types what nothing else typed. */
export function resolveInDocument(text: string, input: Candidate[], fallback: (c: Candidate) => EntityType | null = () => null): Detected[] {
  const people = input.filter((c) => c.type === 'person' && c.name.includes(' '));
  const named = indexPeople(people);
  const knows = (s: string) => Boolean(gazetteerLookup(s)) || named.fullNameFor(s, Number.POSITIVE_INFINITY) !== null;

  const candidates = input.flatMap((c) => (c.text.includes('-') && !c.canonical && !c.title ? (splitHyphenated(text, c, knows) ?? [c]) : [c]));

  /** The last place so far named after each compass word ("North Korea"), for "the North". */
  const compassPlaces = new Map<string, string>();
  /** The name of several words met so far with each initials ("KSE" of "Kessel Stock Exchange"); null for two names. */
  const byInitials = new Map<string, Candidate | null>();
  candidates.forEach((c, i) => {
    const single = !c.name.includes(' ');
    if (single && (c.type === null || c.type === 'person')) {
      const full = named.fullNameFor(c.name, c.start);
      if (full) Object.assign(c, { type: 'person', name: full, via: 'surname' });
    } else if (single && readsAsSurname(text, c)) {
      const full = named.fullNameFor(c.text, c.start);
      if (full && people.some((p) => p.start < c.start && p.name === full)) Object.assign(c, { type: 'person', name: full, canonical: null, via: 'surname' });
      else if (followsKinNoun(text, c)) Object.assign(c, { type: 'person', canonical: null, via: 'kin' });
    }
    if (single && COMPASS.has(c.text) && /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) {
      const place = compassPlaces.get(c.text);
      if (place) Object.assign(c, { type: 'place', name: place, via: 'the North' });
    }
    // "North Atlantic Treaty Organization (NATO)"; an organization's acronym of its name in another
    // language, alone in the brackets: "Kurdistan Workers' Party (PKK)".
    const previous = candidates[i - 1];
    if (
      previous &&
      /^\s*\($/.test(text.slice(previous.end, c.start)) &&
      (initials(previous.text) === c.text.replace(/\./g, '') || (previous.type === 'organization' && LETTERS_ACRONYM.test(c.text) && text[c.end] === ')'))
    ) {
      Object.assign(c, { type: previous.type ?? 'organization', name: previous.name, via: 'acronym' });
    } else if (c.type !== 'person' && c.type !== 'place' && !c.canonical && LETTERS_ACRONYM.test(c.text)) {
      // "The Kessel Stock Exchange… the KSE's": the initials of the one organization named before; "the
      // Central Varnos Republic… the CVR": of the one country.
      const full = byInitials.get(c.text);
      if (full?.type === 'organization' || (full?.type === 'place' && gazetteerLookup(full.name)?.kind === 'country'))
        Object.assign(c, { type: full.type, name: full.name, via: 'initials' });
    }
    // Any name counts, typed or not: "Allied Irish Banks" makes "AIB" no acronym of "Anglo Irish Bank" alone.
    // Not one with an acronym of its own ("Kessel TV"): a phrase of a name and a noun, no name to abbreviate.
    if (!single && c.via !== 'initials' && c.via !== 'acronym' && !c.name.split(' ').some((w) => LETTERS_ACRONYM.test(w))) {
      const letters = initials(c.name);
      const met = byInitials.get(letters);
      if (LETTERS_ACRONYM.test(letters)) byInitials.set(letters, met === undefined || met?.name === c.name ? c : null);
    }
    if (c.type === null && !single) {
      const roles = rolesInSentence(text, c.sentence, c.first, c.last, c.titleWords);
      if (roles.length || FAMILY_NAMES_FIRST.has(c.text.split(' ')[0] ?? '')) c.type = 'person';
    }
    const compass = c.name.slice(0, c.name.indexOf(' '));
    // Only a country: "the South" after "South Carolina" is the American South, not the state.
    if (c.type === 'place' && COMPASS.has(compass) && gazetteerLookup(c.name)?.kind === 'country') compassPlaces.set(compass, c.name);
  });

  // "State Department" after "US State Department": the longer name, less a place in front.
  const orgs = candidates.filter((c) => c.type === 'organization');
  const longerBySuffix = nationalNamesBySuffix(orgs);
  for (const c of orgs) {
    const longer = longerBySuffix.get(aliasKey(c.name));
    if (longer) c.name = longer;
  }
  // "Brevanti said… Brevanti's output": a name the document typed once has that type everywhere in it.
  // What the text typed spreads first; then guesses fill the rest, and spread in turn, unless
  // two guesses disagree: then each stays where its context made it.
  const none = () => null;
  for (const guess of [none, fallback, none]) {
    const typed = typesByName(candidates);
    for (const c of candidates) c.type ??= typed.get(aliasKey(c.text)) ?? guess(c);
  }
  return candidates.filter((c): c is Candidate & Detected => c.type !== null);
}
