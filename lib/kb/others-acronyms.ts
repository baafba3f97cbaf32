/**
 * An acronym an organization's names do not spell is another body's when another organization of
 * the corpus goes by it and spells it out in order, or has several times its documents: "(KBC)" closing a sentence
 * about the Harbour Trust cites a broadcaster, and "(ICRV)" after "Red Crescent Valdoria" names the
 * International Committee of the Red Crescent of Valdoria. Such an alias would mark the other body
 * on pages. An acronym of a name in another language stays when no other body claims it ("PKK").
 * Its documents stay: the articles that wrote it beside the name are the entity's own.
 */
import { appendTo, valueFor } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import type { KbEntity } from './schema';

/** True for an acronym of capitals only, dots allowed between them ("ICRV", "K.B.C."): one a name can spell out, unlike classify.ts's "G7" or "B&N". */
export const isLetterAcronym = (name: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(name);

const lettersOf = (acronym: string) => acronym.replace(/\./g, '');

/** How many times as many documents another body going by an alias needs to claim it (here and others-names.ts). */
export const MIN_DOCS_LEAD = 3;

/** The words of a name in capitals, what opens them that is no letter left out ("(Valdoria)"). */
const wordsOf = (name: string) =>
  name
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/^[^\p{L}]+/u, '').toUpperCase())
    .filter(Boolean);

/**
 * True when `name` spells `letters` in order: each letter opens one of its words or follows the
 * letter before it inside the same word ("Multinational" gives M and N).
 */
export function spellsInOrder(name: string, letters: string): boolean {
  const words = wordsOf(name);
  const from = (i: number, w: number, inside: number): boolean => {
    if (i === letters.length) return true;
    const word = words[w];
    if (word !== undefined && inside > 0) {
      const at = word.indexOf(letters[i] as string, inside);
      if (at !== -1 && from(i + 1, w, at + 1)) return true;
    }
    for (let next = w + (inside > 0 ? 1 : 0); next < words.length; next++) {
      if (words[next]?.[0] === letters[i] && from(i + 1, next, 1)) return true;
    }
    return false;
  };
  return from(0, 0, 0);
}

/**
 * True when `name` may abbreviate to `letters`: spelled in order, or every letter opening a word
 * in another order (its name in another language: "FARV" of "Revolutionary Armed Forces of Valdoria").
 */
export function spells(name: string, letters: string): boolean {
  const openers = new Set(wordsOf(name).map((w) => w[0]));
  return [...letters].every((l) => openers.has(l)) || spellsInOrder(name, letters);
}

/** The names of `e` that are no acronym: those an acronym could abbreviate. */
const fullNames = (e: KbEntity) => [e.name, ...e.aliases].filter((n) => !isLetterAcronym(n));

/** For each organization that loses some: the keys of its acronyms that are another organization's. */
export function othersAcronymsLeftOut(entities: readonly KbEntity[]): Map<string, Set<string>> {
  const holders = new Map<string, KbEntity[]>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    for (const key of new Set([e.name, ...e.aliases].map(aliasKey))) appendTo(holders, key, e);
  }
  const left = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const names = fullNames(e);
    if (names.length === 0) continue;
    for (const a of e.aliases) {
      const letters = lettersOf(a);
      if (a === e.name || !isLetterAcronym(a) || names.some((n) => spells(n, letters))) continue;
      const key = aliasKey(a);
      const owned = holders
        .get(key)
        ?.some((o) => o !== e && (o.docs.length >= MIN_DOCS_LEAD * e.docs.length || fullNames(o).some((n) => spellsInOrder(n, letters))));
      if (owned) valueFor(left, e.id, () => new Set<string>()).add(key);
    }
  }
  return left;
}
