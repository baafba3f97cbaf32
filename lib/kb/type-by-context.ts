/**
 * What the words around a person's name say of its type, over all of its documents. A person with
 * no role and no given name first whose mentions read as a place's ("killed in Varnel Cruz",
 * "Varnel Cruz, Mexico") or after an organization's noun ("retail chain Varnel Cruz"), and never as a
 * person's ("Varnel Cruz said", "Mr Varnel Cruz"), was a guess of detection: two capitalized words
 * read as a name. Readers of the world KB found places, companies and works typed person the largest
 * class of faults. On the world KB this retypes 141 persons as places and 25 as organizations (18 of
 * them then left out by the evidence gate), and keeps 67 places the gate dropped as persons; read
 * apart: 22 of 25 retyped places right (1 person lost, 2 events still wrong), 19 of 20 kept places,
 * 24 of 25 organizations (1 glued name still wrong).
 * Data: data/mention-cues.json.
 */
import { isGivenName } from '../nlp/chunk';
import CUES from '../nlp/data/mention-cues.json';
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
import { gazetteerLookup } from '../nlp/gazetteer';
import { PLACE_PREPOSITIONS } from '../nlp/locatives';
import { HONORIFICS, ROLE_HEADS } from '../nlp/title-words';
import type { OpenEntity } from './entity-state';
import { nameKeyOf } from './kb-state';

type Keyed = OpenEntity & { key: string };
type Reading = 'person' | 'place' | 'organization';

const PERSON_VERBS: ReadonlySet<string> = new Set(CUES.personVerbs);
const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(CUES.organizationNouns);

/** The word before a mention ("the" skipped, with whether it was there), the word before that, and the text after it. */
function around(sentence: string, at: number, length: number) {
  const before = sentence.slice(0, at).trim().split(/\s+/);
  const article = before.at(-1)?.toLowerCase() === 'the';
  if (article) before.pop();
  return { last: before.at(-1) ?? '', previous: before.at(-2)?.toLowerCase() ?? '', article, after: sentence.slice(at + length) };
}

/** "Varnel Cruz, Mexico": a comma and up to three capitalized words the gazetteer knows as a place; not "Varnel Cruz, Mexico's envoy". */
const COMMA_PLACE = /^,\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?![\p{L}'’])/u;
// The whole run, not its first words: "Varnel Cruz, Vladimir Orsk" lists a person beside another.
const followedByPlace = (after: string) => {
  const run = COMMA_PLACE.exec(after)?.[1];
  return run !== undefined && gazetteerLookup(run)?.type === 'place';
};

/** How one mention reads: "in the Varnel Cruz trial" is a modifier's, "Varnel Cruz's home" an owner's, neither a place's. */
function reading(sentence: string, at: number, length: number): Reading | undefined {
  const { last, previous, article, after } = around(sentence, at, length);
  const next = /^\s*([\p{L}']+)/u.exec(after)?.[1] ?? '';
  const lowerLast = last.toLowerCase().replace(/\.$/, '');
  if (PERSON_VERBS.has(next) || HONORIFICS.has(lowerLast) || ROLE_HEADS.has(lowerLast) || /^,\s+\d{1,3},/.test(after)) return 'person';
  // "in the Varnel Cruz trial"; no article before, a lowercase word is the sentence's ("in Varnel Cruz on Monday").
  const modifier = article && /^\p{Ll}/u.test(next) && !ENGLISH_FUNCTION_WORDS.has(next);
  // "a commander in Varnel Cruz": a body's member, no place.
  const placePreposition = PLACE_PREPOSITIONS.has(last.toLowerCase()) && !ROLE_HEADS.has(previous);
  if (followedByPlace(after) || (placePreposition && !/^['’]/.test(after) && !modifier)) return 'place';
  if (!article && ORGANIZATION_NOUNS.has(last)) return 'organization';
  return undefined;
}

/** True when `sentence` has `name` at `at` as whole words. */
const wholeWords = (sentence: string, at: number, name: string) =>
  !/[\p{L}\d]/u.test(sentence[at - 1] ?? '') && !/[\p{L}\d]/u.test(sentence[at + name.length] ?? '');

/** The readings of `c`'s mentions in one document's sentences. */
function documentReadings(sentences: readonly string[], names: readonly string[]): Set<Reading> {
  const found = new Set<Reading>();
  for (const s of sentences) {
    for (const name of names) {
      for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
        const r = wholeWords(s, at, name) ? reading(s, at, name.length) : undefined;
        if (r) found.add(r);
      }
    }
  }
  return found;
}

/**
 * The type the mentions of a person `c` give it, when it has no role, no given name opens its name,
 * no mention reads as a person's, and at least half of its documents read one other way.
 */
export function typeByContext(c: Keyed): 'place' | 'organization' | undefined {
  if (c.type !== 'person' || c.roles.length > 0 || isGivenName(nameKeyOf(c).split(' ')[0] as string)) return undefined;
  const names = [...c.names.keys()].sort((a, b) => b.length - a.length);
  const counts = { person: 0, place: 0, organization: 0 };
  for (const sentences of c.sentences.values()) for (const r of documentReadings(sentences, names)) counts[r]++;
  if (counts.person > 0) return undefined;
  const half = c.sentences.size / 2;
  if (counts.place >= half && counts.place > 0) return 'place';
  if (counts.organization >= half && counts.organization > 0 && counts.place === 0) return 'organization';
  return undefined;
}
