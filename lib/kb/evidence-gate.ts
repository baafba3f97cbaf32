/**
 * The evidence gate: in a large corpus, an entity named in only a few documents is kept only when
 * its name backs its type. Readers of the world KB found a fault in a quarter to a third of those
 * (one to three documents) and in 2.5% of entities named in over 100; a wrong card costs more trust
 * than a missing one. An entity left out is dropped whole, never merged into a longer name, so none
 * of its mentions goes to an entity it may not be.
 *
 * Evidence, read from the name and what the corpus said of it:
 * - a person: no head noun of a body or a place after the first word ("Velmar Square Garden",
 *   "Quenwick Oblast Marlo Quent") and no title inside ("Velmar Minister Marlo Quent"); a word that
 *   is a name, not only words of the dictionary, peoples, places and titles ("Irish Premier", "Best
 *   Director"), unless the corpus knows people whose names open or close with its first or last word
 *   ("Dusty Vorkast" beside "Ana Vorkast") or it holds an office ("Quenwick Mayor"). Then a role,
 *   not one ending on "of" ("Mayor of Quenwick" gives no role to "Quenwick");
 *   else a name of several words that opens with a name, not with words glued on before a given
 *   name ("Staff Marlo Quent" of "Chief of Staff Marlo Quent") nor with an article joined by a
 *   hyphen ("Al-Varesh Tamir": a place's or a group's name);
 * - an organization: a body's noun (ORG_HEADS, ORG_LAST_WORDS, BODY_NOUNS), a demonym or a legal form
 *   among other words of its name (or a legal form in an alias), an acronym, "&", a plural last word
 *   ("Velmar Technologies"), or an acronym written beside its long form;
 * - a place: any name (its type comes from the gazetteer, a place's head word or "in …": readers
 *   found 55 of 60 small places right);
 * - a body or a place, besides: a name its sentences do not always write cut from a longer one
 *   (cut-name.ts); a person, a name they do not always write before a number ("Tessaly 3", a ship).
 * Read on the world KB (December 2026), what these rules drop was faulty 38 times in 40 for the
 * person's words, 23 in 25 for titles inside, 25 in 25 for roles ending on "of", 23 in 25 for
 * bodies' and 23 in 25 for places' cut names.
 */
import { aliasKey } from '../nlp/alias-key';
import { isDictionaryWord, isGivenName } from '../nlp/chunk';
import { ARTICLE_NAME, isAcronym } from '../nlp/classify';
import { gazetteerLookup, isDemonym } from '../nlp/gazetteer';
import { legalForm } from '../nlp/legal-suffixes';
import { CROSS_BORDER_WORDS, LANDFORM_HEADS, PLACE_HEADS, SETTLEMENT_NOUNS, SURNAME_PLACE_HEADS } from '../nlp/place-words';
import { BODY_NOUNS, HONORIFICS, NAME_CONNECTORS, NAME_SUFFIXES, ORG_HEADS, ORG_LAST_WORDS, ROLE_HEADS, TITLE_CONNECTORS } from '../nlp/title-words';
import { isCutName } from './cut-name';
import { canonicalName, type OpenEntity } from './entity-state';

/** Documents at most of an entity the gate judges: fault rates fall from a quarter or more to a fifth past three. */
export const FEW_DOCUMENTS = 3;
/**
 * Documents a corpus needs before the gate applies. The fault rates were measured on the world
 * corpus (113,877 documents), where few documents mean the long tail; in a reader's own corpus of
 * some hundreds, or the bundled three articles, every entity has few and the KB must know them all.
 */
export const LARGE_CORPUS = 10_000;

type Gated = OpenEntity & { key: string };

/** First and last words of the names of people the corpus knows in more than a few documents: it writes them as given names and surnames. */
interface NameEnds {
  openers: ReadonlySet<string>;
  closers: ReadonlySet<string>;
}

function nameEnds(clusters: readonly Gated[]): NameEnds {
  const known = clusters.filter((c) => c.type === 'person' && c.sentences.size > FEW_DOCUMENTS).map((c) => canonicalName(c).split(' '));
  const names = known.filter((words) => words.length > 1);
  return { openers: new Set(names.map((words) => words[0] as string)), closers: new Set(names.map((words) => words.at(-1) as string)) };
}

const bareWord = (w: string) => w.toLowerCase().replace(/\.$/, '');
const isTitle = (w: string) => ROLE_HEADS.has(bareWord(w)) || HONORIFICS.has(bareWord(w));

/** A word that is no name of a person: of the dictionary, a people's, a place's, a title. */
const plainWord = (w: string) => isDictionaryWord(w) || isDemonym(w) || gazetteerLookup(w) !== undefined || isTitle(w);

/** A title inside a name, before a word of it other than a suffix and not after a particle ("bin Sultan"): "Chief Velmar Officer Marlo Quent". */
const titleInside = (words: readonly string[]) =>
  words.some((w, i) => isTitle(w) && !NAME_CONNECTORS.has(bareWord(words[i - 1] ?? '')) && !words.slice(i + 1).every((n) => NAME_SUFFIXES.has(bareWord(n))));

const THING_NOUN_SETS = [PLACE_HEADS, SETTLEMENT_NOUNS, LANDFORM_HEADS, CROSS_BORDER_WORDS, ORG_HEADS, ORG_LAST_WORDS, BODY_NOUNS];

/** A head noun of a body or a place ("Garden", "Oblast", "Party"), not one that is a surname too ("Lake", "Temple"). */
const isThingNoun = (w: string) => {
  const lower = w.toLowerCase();
  return !SURNAME_PLACE_HEADS.has(lower) && THING_NOUN_SETS.some((set) => set.has(lower));
};

/** A role naming an office, "Deputy Mayor of Quenwick"'s "Quenwick Mayor", not a word read before the name ("King", "Queen's"). */
const namesOffice = (text: string) => {
  const words = text.toLowerCase().split(' ');
  return words.length > 1 && ROLE_HEADS.has(words.at(-1) as string);
};

/** Some word of `words` is a name: not plain, a given name, a particle ("Le"), or a first or last word of the corpus's known names. */
function hasNameWord(words: readonly string[], ends: NameEnds): boolean {
  if (ends.openers.has(words[0] as string) || ends.closers.has(words.at(-1) as string)) return true;
  return words.some((w) => !plainWord(w) || isGivenName(w) || isParticle(w));
}

/** A name's particle ("Le", "van"), not an office's "of" or "for". */
const isParticle = (w: string) => NAME_CONNECTORS.has(w.toLowerCase()) && !TITLE_CONNECTORS.has(w.toLowerCase());

/** A role that ends on "of" or "for" ("Mayor of", "Minister for the"): the name read after it is the office's place or body, not its holder. */
const dangles = (text: string) => TITLE_CONNECTORS.has(text.toLowerCase().replace(/ the$/, '').split(' ').at(-1) as string);

function personBacked(c: Gated, words: readonly string[], ends: NameEnds): boolean {
  if (words.slice(1).some(isThingNoun) || titleInside(words)) return false;
  if (!hasNameWord(words, ends) && !c.roles.some((r) => namesOffice(r.text))) return false;
  if (c.roles.some((r) => !dangles(r.text))) return true;
  const [first] = words as [string];
  if (words.length === 1 || ARTICLE_NAME.test(first)) return false;
  const given = words.findIndex((w) => isGivenName(w));
  const glued = given > 0 && !isGivenName(first) && !ends.openers.has(first) && words.slice(0, given).every(plainWord);
  return !glued;
}

/** A plural last word: "Technologies", "Rangers", "Partners"; not "Congress" nor "Dallas's". */
const PLURAL = /^\p{Lu}.*[^su']s$/u;

const isBodyNoun = (w: string) => ORG_HEADS.has(w) || ORG_LAST_WORDS.has(w) || BODY_NOUNS.has(w);

/** A body's noun, a legal form or a demonym backs a name it is a word of: alone ("Media", "Holdings", "Serb") it backs nothing. */
function organizationBacked(c: Gated, name: string, words: readonly string[]): boolean {
  const forms = [name, ...c.aliases];
  const headed = words.length > 1 && (aliasKey(name).split(' ').some(isBodyNoun) || words.some(isDemonym));
  if (headed || forms.some((f) => legalForm(aliasKey(f))?.base)) return true;
  if (name.split('-').every(isAcronym) || name.includes('&')) return true;
  if (words.length > 1 && PLURAL.test(words.at(-1) as string)) return true;
  return forms.some(isAcronym) && forms.some((f) => f.includes(' '));
}

/** True when `c`'s name backs its type (see above). */
function isBacked(c: Gated, ends: NameEnds): boolean {
  if (c.sentences.size > FEW_DOCUMENTS) return true;
  const name = canonicalName(c);
  if (isCutName(name, [...c.sentences.values()].flat(), c.type === 'person')) return false;
  if (c.type === 'place') return true;
  const words = name.split(' ');
  return c.type === 'person' ? personBacked(c, words, ends) : organizationBacked(c, name, words);
}

/** `clusters` without the unbacked ones of few documents, in a corpus of `corpusDocuments` from LARGE_CORPUS up. */
export function withoutUnbacked<C extends Gated>(clusters: readonly C[], corpusDocuments: number): C[] {
  if (corpusDocuments < LARGE_CORPUS) return [...clusters];
  const ends = nameEnds(clusters);
  return clusters.filter((c) => isBacked(c, ends));
}
