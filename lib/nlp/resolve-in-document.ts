/**
 * What the rest of the document says about each candidate: a surname stands for the full name
 * met in the same text ("Blinken" → "Antony Blinken"), "the North" for North Korea, an acronym
 * in brackets for the name before it, "State Department" for "US State Department", and
 * "Israel-Hamas" for two names.
 */
import type { EntityType } from '../kb/schema';
import { aliasKey } from './alias-key';
import { readsAsSurname } from './city-or-surname';
import type { Candidate, Detected } from './detect';
import { gazetteerLookup } from './gazetteer';
import { FAMILY_NAMES_FIRST } from './known-names';
import { rolesInSentence } from './roles';
import { nationalityWidth } from './title-split';

const COMPASS = new Set(['North', 'South', 'East', 'West']);

function tokens(name: string): string[] {
  return aliasKey(name).split(' ');
}

/** The full name of a person in `people` that has `word` as one of its names, nearest before `at` first. */
function fullNameFor(word: string, at: number, people: readonly Candidate[]): string | null {
  const key = aliasKey(word);
  const matches = people.filter((p) => tokens(p.name).includes(key));
  const before = matches.filter((p) => p.start < at).at(-1);
  return (before ?? matches[0])?.name ?? null;
}

/** "Israel-Hamas", "US-South Korea", "Blinken-Yoon": two known names joined by a hyphen. */
function splitHyphenated(text: string, c: Candidate, knows: (s: string) => boolean): Candidate[] | null {
  for (let at = c.text.indexOf('-'); at > 0; at = c.text.indexOf('-', at + 1)) {
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

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Resolves each candidate against the document; `fallback` types what nothing else typed. */
export function resolveInDocument(text: string, input: Candidate[], fallback: (c: Candidate) => EntityType | null = () => null): Detected[] {
  const people = input.filter((c) => c.type === 'person' && c.name.includes(' '));
  const knows = (s: string) => Boolean(gazetteerLookup(s)) || fullNameFor(s, Number.POSITIVE_INFINITY, people) !== null;

  const candidates = input.flatMap((c) => (c.text.includes('-') && !c.canonical && !c.title ? (splitHyphenated(text, c, knows) ?? [c]) : [c]));

  candidates.forEach((c, i) => {
    const single = !c.name.includes(' ');
    if (single && (c.type === null || c.type === 'person')) {
      const full = fullNameFor(c.name, c.start, people);
      if (full) Object.assign(c, { type: 'person', name: full, via: 'surname' });
    } else if (single && readsAsSurname(text, c)) {
      const full = fullNameFor(c.text, c.start, people);
      if (full && people.some((p) => p.start < c.start && p.name === full)) Object.assign(c, { type: 'person', name: full, canonical: null, via: 'surname' });
    }
    if (single && COMPASS.has(c.text) && /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) {
      const place = candidates.slice(0, i).findLast((p) => p.type === 'place' && p.name.startsWith(`${c.text} `));
      if (place) Object.assign(c, { type: 'place', name: place.name, via: 'the North' });
    }
    // "North Atlantic Treaty Organization (NATO)"
    const previous = candidates[i - 1];
    if (previous && /^\s*\($/.test(text.slice(previous.end, c.start)) && initials(previous.text) === c.text.replace(/\./g, '')) {
      Object.assign(c, { type: previous.type ?? 'organization', name: previous.name, via: 'acronym' });
    }
    if (c.type === null && !single) {
      const roles = rolesInSentence(text, c.sentence, c.first, c.last, c.titleWords);
      if (roles.length || FAMILY_NAMES_FIRST.has(c.text.split(' ')[0] ?? '')) c.type = 'person';
    }
  });

  // "State Department" after "US State Department": the longer name, less a place in front.
  const orgs = candidates.filter((c) => c.type === 'organization');
  for (const c of orgs) {
    const key = aliasKey(c.name);
    const longer = orgs.find((o) => {
      const k = aliasKey(o.name);
      if (k === key || !k.endsWith(` ${key}`)) return false;
      const words = o.sentence.words.slice(o.first, o.last + 1);
      return nationalityWidth(words, 0) > 0;
    });
    if (longer) c.name = longer.name;
  }
  // "Magna said… Magna's output": a name the document typed once has that type everywhere in it.
  // What the text typed spreads first; then guesses fill the rest, and spread in turn.
  const none = () => null;
  for (const guess of [none, fallback, none]) {
    const typed = new Map(candidates.filter((c) => c.type !== null).map((c) => [aliasKey(c.text), c.type]));
    for (const c of candidates) c.type ??= typed.get(aliasKey(c.text)) ?? guess(c);
  }
  return candidates.filter((c): c is Candidate & Detected => c.type !== null);
}
