/**
 * One entity per name where the corpus agrees on its type: a name typed one way in most of its
 * documents and another way in a few ("California" a place in 929 documents, an organization in
 * 14) is the majority's entity, the few documents' guesses merged into it. Where the evidence is
 * split (an organization and a surname), the types stay apart, unless the person's side beside a
 * place has no person's name: several words, no given name first ("North Waziristan" beside the
 * place), and does not outweigh the place with roles in more documents (a negotiator named in seven
 * documents and once guessed a place is the person); or has no role of its own and no more
 * documents than the place ("Guerrero" in "Acapulco, Guerrero": a person in 15 documents beside the
 * state in 21). A person each of whose documents names them after a kin noun ("his daughter
 * Bristol") is no guess: the majority does not take them in. First, a person whose mentions read as a
 * place's or an organization's (type-by-context.ts) takes that type, and a person or an organization
 * named as a work or an event ("the tanker Varnel Cruz", "Quenwick Cup Final": event-names.ts) is
 * left out.
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { isGivenName } from '../nlp/chunk';
import { kinNounBefore } from '../nlp/city-or-surname';
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
import { namesAClub } from './club-names';
import { absorbEntity, type OpenEntity } from './entity-state';
import { namesAnEvent } from './event-names';
import { nameKeyOf } from './kb-state';
import { typeByContext } from './type-by-context';

/** The share of a name's documents its main type must hold to take the others in. */
export const LOPSIDED_SHARE = 0.8;

type Keyed = OpenEntity & { key: string };

/**
 * A person's guesses taken into a place or an organization of the same name without what only a
 * person has: roles, and forms with a title ("Miss Turkey" is a pageant's winner, no name of Turkey).
 */
function asNoPerson(c: Keyed): Keyed {
  const key = nameKeyOf(c);
  return { ...c, aliases: new Set([...c.aliases].filter((a) => aliasKey(a) === key)), roles: [] };
}

/** The first of the most documented wins ties: clusters come sorted by key, so builds repeat. */
const mostDocumented = <C extends Keyed>(clusters: readonly C[]): C | undefined =>
  clusters.reduce<C | undefined>((best, c) => (best === undefined || c.sentences.size > best.sentences.size ? c : best), undefined);

/** "Daniel Valdora": a given name and more words, a person's name whatever a place is called. */
const givenNameFirst = (key: string) => {
  const words = key.split(' ');
  return words.length > 1 && isGivenName(words[0] as string);
};

/** "Khyber Pakhtunkhwa", "North Waziristan": a name of several words that no given name opens reads as a person only by a guess. */
const noPersonsName = (key: string) => key.includes(' ') && !givenNameFirst(key);

/** Documents that must give a person's side roles before it outweighs a place: one or two may be a title misread before a place ("Governor of Santa Cruz"). */
const MIN_ROLE_DOCUMENTS = 3;

/**
 * A role that ends in a function word ("President of", "MP for", "Head of the") was read before
 * the name, not of it: "the President of Catalonia" names a place's office, no person.
 */
const ownRoles = (c: Keyed) => c.roles.filter((r) => !ENGLISH_FUNCTION_WORDS.has(r.text.split(' ').at(-1)?.toLowerCase() ?? ''));

/** Documents a place needs before a person's side with no roles at all joins it: a place in one or two may be a surname's guess itself ("Paintings by Picasso, Dalí"). */
const MIN_PLACE_DOCUMENTS = 3;

/**
 * A person's side beside a place with at least as many documents, no given name first and no role
 * of its own: either roles read before the name ("President of Catalonia": the place's office), or
 * no roles at all beside a place of several documents ("Guerrero", "Kent" where each document
 * reads "Acapulco, Guerrero").
 */
function placeWithoutPersonsRole(person: Keyed, place: Keyed): boolean {
  if (givenNameFirst(nameKeyOf(person)) || ownRoles(person).length > 0 || person.sentences.size > place.sentences.size) return false;
  return person.roles.length > 0 || place.sentences.size >= MIN_PLACE_DOCUMENTS;
}

/** A person's side with roles (what only a person has) in more documents than the place has documents, and several: the place was the guess. */
function outweighs(person: Keyed, place: Keyed): boolean {
  const withRoles = new Set(ownRoles(person).map((r) => r.doc)).size;
  return withRoles >= MIN_ROLE_DOCUMENTS && withRoles > place.sentences.size;
}

/** True when `sentence` writes one of `names` right after a kin noun: "his daughter Bristol". */
function afterKinNoun(sentence: string, names: readonly string[]): boolean {
  return names.some((n) => {
    for (let at = sentence.indexOf(n); at >= 0; at = sentence.indexOf(n, at + 1)) if (kinNounBefore(sentence, at)) return true;
    return false;
  });
}

/**
 * A person's side that each of its documents names after a kin noun ("his daughter Bristol"):
 * detection read a given name there (city-or-surname.ts), no guess for the place's majority to take in.
 */
function namedAsKin(c: Keyed): boolean {
  const names = [...c.names.keys()];
  return c.type === 'person' && [...c.sentences.values()].every((sentences) => sentences.some((s) => afterKinNoun(s, names)));
}

/**
 * Each person whose mentions read as a place's or an organization's (type-by-context.ts) made one:
 * taken into the most documented of that type and name, or retyped where there is none. Returns
 * the clusters taken in, and those left out as works' or events' names.
 */
function retypedByContext<C extends Keyed>(byName: Map<string, C[]>): Set<C> {
  const absorbed = new Set<C>();
  for (const all of byName.values()) {
    for (const c of all) {
      const type = c.type === 'organization' && namesAnEvent(nameKeyOf(c)) ? 'none' : namesAClub(c) ? 'organization' : typeByContext(c);
      if (!type) continue;
      if (type === 'none') {
        absorbed.add(c);
        continue;
      }
      const into = mostDocumented(all.filter((o) => o.type === type));
      if (into) {
        absorbEntity(into, asNoPerson(c));
        absorbed.add(c);
      } else Object.assign(c, asNoPerson(c), { type, key: `${type}|${nameKeyOf(c)}` });
    }
  }
  return absorbed;
}

/**
 * `clusters` with each lopsided name's lesser types absorbed into its main one (order kept), and
 * a person's guess under a place's name taken into the place: a name of several words that no
 * given name opens, or a side with no role of its own and no more documents than the place.
 */
export function mergeAcrossTypes<C extends Keyed>(clusters: readonly C[]): C[] {
  const byName = new Map<string, C[]>();
  for (const c of clusters) appendTo(byName, nameKeyOf(c), c);
  const absorbed = retypedByContext(byName);
  for (const all of byName.values()) {
    if (all.length < 2) continue;
    const place = mostDocumented(all.filter((c) => c.type === 'place'));
    for (const c of all) {
      if (!place || c.type !== 'person' || absorbed.has(c) || namedAsKin(c)) continue;
      if (!(noPersonsName(nameKeyOf(c)) && !outweighs(c, place)) && !placeWithoutPersonsRole(c, place)) continue;
      absorbEntity(place, asNoPerson(c));
      absorbed.add(c);
    }
    const same = all.filter((c) => !absorbed.has(c) && !namedAsKin(c));
    if (same.length < 2) continue;
    const main = mostDocumented(same) as C;
    const total = same.reduce((n, c) => n + c.sentences.size, 0);
    if (main.sentences.size < LOPSIDED_SHARE * total) continue;
    for (const c of same) {
      if (c === main) continue;
      absorbEntity(main, main.type !== 'person' && c.type === 'person' ? asNoPerson(c) : c);
      absorbed.add(c);
    }
  }
  return clusters.filter((c) => !absorbed.has(c));
}
