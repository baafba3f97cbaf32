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
 * Besides: a list of known places or one a place's plural closes ("Lima, Varnel Cruz and Quito",
 * "Tolva and Varnel Cruz provinces"), "at the Varnel Cruz" and "in Lima's Varnel Cruz" read as
 * places; a given name first ("Tora Bora") gives way to a strong reading in one document at least;
 * after a work's or a vessel's noun ("the series Varnel Cruz", "the tanker Varnel Cruz") and for an
 * event's name ("the Varnel Fire", event-names.ts) the name is no entity. On the world KB (Dec.
 * 2026, 907bfb7) this turned 47 more persons into places (and kept 15 places the gate dropped), and
 * left out 48 persons and 66 organizations: read on seeded samples of 25, 25 of 25 places right
 * (2 borderline: a court, a county's short name) and 25 of 25 left out were events, works or ships.
 * Data: data/mention-cues.json.
 */
import { isGivenName } from '../nlp/chunk';
import CUES from '../nlp/data/mention-cues.json';
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
import { gazetteerLookup } from '../nlp/gazetteer';
import { PLACE_PREPOSITIONS } from '../nlp/locatives';
import { HONORIFICS, ROLE_HEADS } from '../nlp/title-words';
import { escapeRegExp } from '../reg-exp';
import type { OpenEntity } from './entity-state';
import { namesAnEvent } from './event-names';
import { nameKeyOf } from './kb-state';

type Keyed = OpenEntity & { key: string };
/** "work": a title, a vehicle's or an event's name ("the series Varnel Cruz"), no entity of the KB's types. */
type Reading = 'person' | 'place' | 'organization' | 'work';

const PERSON_VERBS: ReadonlySet<string> = new Set(CUES.personVerbs);
const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(CUES.organizationNouns);
const WORK_NOUNS: ReadonlySet<string> = new Set(CUES.workNouns);
const PLACE_PLURALS: ReadonlySet<string> = new Set(CUES.placePlurals);

/** The word before a mention ("the" skipped, with whether it was there), the word before that, and the text after it. */
function around(sentence: string, at: number, length: number) {
  const before = sentence.slice(0, at).trim().split(/\s+/);
  const article = before.at(-1)?.toLowerCase() === 'the';
  if (article) before.pop();
  return { last: before.at(-1) ?? '', previous: before.at(-2)?.toLowerCase() ?? '', article, after: sentence.slice(at + length) };
}

/** Up to three capitalized words the gazetteer knows as a place. */
const PLACE_RUN = String.raw`(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?![\p{L}'’])`;
const isPlace = (run: string | undefined) => run !== undefined && gazetteerLookup(run)?.type === 'place';

/** "Varnel Cruz, Mexico": a comma and a known place; not "Varnel Cruz, Mexico's envoy" nor "Varnel Cruz, Mexican ambassador". */
const COMMA_PLACE = new RegExp(String.raw`^,\s+${PLACE_RUN}(?:\s+([\p{L}]+))?`, 'u');
// The whole run, not its first words: "Varnel Cruz, Vladimir Orsk" lists a person beside another.
function followedByPlace(after: string): boolean {
  const [, run, next] = COMMA_PLACE.exec(after) ?? [];
  return isPlace(run) && (next === undefined || ENGLISH_FUNCTION_WORDS.has(next) || PLACE_PREPOSITIONS.has(next));
}

/** The items of a list before a mention ("Lima, Quito, Varnel Cruz") and after it ("Varnel Cruz, Quito and Lima"), nearest first. */
const ITEM_BEFORE = new RegExp(String.raw`(?:^|[\s,])${PLACE_RUN}(?:,\s*(?:and\s+)?|\s+and\s+)$`, 'u');
const ITEM_AFTER = new RegExp(String.raw`^(?:,\s*(?:and\s+)?|\s+and\s+)${PLACE_RUN}`, 'u');
function listItems(sentence: string, at: number, after: string): { before: string[]; after: string[]; rest: string } {
  const items = { before: [] as string[], after: [] as string[], rest: after };
  for (let text = sentence.slice(0, at), m = ITEM_BEFORE.exec(text); m; text = text.slice(0, m.index + 1), m = ITEM_BEFORE.exec(text))
    items.before.push(m[1] as string);
  for (let m = ITEM_AFTER.exec(items.rest); m; items.rest = items.rest.slice(m[0].length), m = ITEM_AFTER.exec(items.rest)) items.after.push(m[1] as string);
  return items;
}
/**
 * "Lima, Quito, Varnel Cruz and Cusco": one item of a list where two others at least, and half of
 * them, are known places, or a list a place's plural closes ("Varnel and Cruz provinces"); "In
 * Lima, Varnel Cruz and Ana Orsk met" is no such list.
 */
function listedAmongPlaces(sentence: string, at: number, after: string): boolean {
  const { before, after: next, rest } = listItems(sentence, at, after);
  const plural = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
  if (before.length + next.length > 0 && plural !== undefined && PLACE_PLURALS.has(plural)) return true;
  // "In Lima, Peru, Varnel Cruz wins": places set before a sentence's subject, no list it ends; "Lima and Varnel Cruz of Quito": a person's origin.
  if ((next.length === 0 && !/\sand\s+$/.test(sentence.slice(0, at))) || plural === 'of') return false;
  const places = [...before, ...next].filter(isPlace).length;
  return places >= 2 && places * 2 >= before.length + next.length;
}

/**
 * How one mention reads, and whether the reading holds beside a given name ("Varnel Cruz,
 * Mexico" does; "in Varnel Cruz" may be a message "from" someone): "in the Varnel Cruz trial" is a
 * modifier's, "Varnel Cruz's home" an owner's, neither a place's.
 */
function reading(sentence: string, at: number, length: number): { type: Reading; strong: boolean } | undefined {
  const { last, previous, article, after } = around(sentence, at, length);
  const next = /^\s*([\p{L}']+)/u.exec(after)?.[1] ?? '';
  const lowerLast = last.toLowerCase().replace(/\.$/, '');
  if (PERSON_VERBS.has(next) || HONORIFICS.has(lowerLast) || ROLE_HEADS.has(lowerLast) || /^,\s+\d{1,3},/.test(after)) return { type: 'person', strong: true };
  if (WORK_NOUNS.has(lowerLast) && !/^['’]/.test(after)) return { type: 'work', strong: true };
  if (followedByPlace(after) || listedAmongPlaces(sentence, at, after)) return { type: 'place', strong: true };
  // "in the Varnel Cruz trial"; no article before, a lowercase word is the sentence's ("in Varnel Cruz on Monday").
  const modifier = article && /^\p{Ll}/u.test(next) && !ENGLISH_FUNCTION_WORDS.has(next) && !PLACE_PREPOSITIONS.has(next);
  // "convicted at the Varnel Cruz": no person's name follows "at the"; "in Lima's Varnel Cruz": a place's part.
  const atOrIn = (word: string) => word === 'at' || PLACE_PREPOSITIONS.has(word);
  const inPlaces = article ? lowerLast === 'at' : /['’]s$/.test(last) && atOrIn(previous) && isPlace(last.slice(0, -2));
  // "a commander in Varnel Cruz": a body's member, no place.
  const placePreposition = (PLACE_PREPOSITIONS.has(lowerLast) || inPlaces) && !ROLE_HEADS.has(previous);
  if (placePreposition && !/^['’]/.test(after) && !modifier) return { type: 'place', strong: false };
  if (!article && ORGANIZATION_NOUNS.has(last)) return { type: 'organization', strong: false };
  return undefined;
}

/** True when `sentence` has `name` at `at` as whole words. */
const wholeWords = (sentence: string, at: number, name: string) =>
  !/[\p{L}\d]/u.test(sentence[at - 1] ?? '') && !/[\p{L}\d]/u.test(sentence[at + name.length] ?? '');

/** The readings of `c`'s mentions in one document's sentences, and which of them hold beside a given name. */
function documentReadings(sentences: readonly string[], names: readonly string[]): { all: Set<Reading>; strong: Set<Reading> } {
  const found = { all: new Set<Reading>(), strong: new Set<Reading>() };
  for (const s of sentences) {
    for (const name of names) {
      for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
        const r = wholeWords(s, at, name) ? reading(s, at, name.length) : undefined;
        if (r) found.all.add(r.type);
        if (r?.strong) found.strong.add(r.type);
      }
    }
  }
  return found;
}

/** True when some sentence writes one of `names` after "the". */
function withArticle(sentences: Iterable<readonly string[]>, names: readonly string[]): boolean {
  for (const list of sentences)
    for (const s of list) if (names.some((n) => new RegExp(`\\bthe\\s+${escapeRegExp(n)}(?![\\p{L}\\d])`, 'iu').test(s))) return true;
  return false;
}

const noReadings = () => ({ person: 0, place: 0, organization: 0, work: 0 });

/** The documents of `c` that read each way, and strongly each way; `names` longest first. */
export function readingCounts(c: Keyed, names = [...c.names.keys()].sort((a, b) => b.length - a.length)) {
  const counts = noReadings();
  const strong = noReadings();
  for (const sentences of c.sentences.values()) {
    const found = documentReadings(sentences, names);
    for (const r of found.all) counts[r]++;
    for (const r of found.strong) strong[r]++;
  }
  return { counts, strong };
}

/**
 * The type the mentions of a person `c` give it, when it has no role, no mention reads as a
 * person's, and at least half of its documents read one other way; 'none' for a work's or an
 * event's name. Beside a given name first, that way must be read strongly in one document at least
 * ("Tora Bora, Afghanistan"): "in" may be "confidence in Daniel Varnel".
 */
export function typeByContext(c: Keyed): 'place' | 'organization' | 'none' | undefined {
  if (c.type !== 'person' || c.roles.length > 0) return undefined;
  const names = [...c.names.keys()].sort((a, b) => b.length - a.length);
  const { counts, strong } = readingCounts(c, names);
  if (counts.person > 0) return undefined;
  const givenNameFirst = isGivenName(nameKeyOf(c).split(' ')[0] as string);
  // "the Varnel Fire": a person's name is no article's ("Daniel Fire" may be a scientist).
  if (namesAnEvent(nameKeyOf(c)) && (!givenNameFirst || withArticle(c.sentences.values(), names))) return 'none';
  const held = givenNameFirst ? (r: Reading) => strong[r] > 0 : () => true;
  const half = c.sentences.size / 2;
  if (counts.work >= half && counts.work > counts.place && held('work')) return 'none';
  if (counts.place >= half && counts.place > 0 && held('place')) return 'place';
  if (counts.organization >= half && counts.organization > 0 && counts.place === 0 && held('organization')) return 'organization';
  return undefined;
}
