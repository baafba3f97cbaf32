/**
 * The evidence gate: in a large corpus, a person or an organization named in only a few documents
 * is kept only when its name backs its type. Readers of the world KB found a fault in a quarter to a
 * third of those (one to three documents) and in 2.5% of entities named in over 100; a wrong card
 * costs more trust than a missing one. An entity left out is dropped whole, never merged into a
 * longer name, so none of its mentions goes to an entity it may not be.
 *
 * Evidence, read from the name and what the corpus said of it:
 * - a person: a role; else a name of several words that opens with a name, not with words glued on
 *   before a given name ("Staff Marlo Quent" of "Chief of Staff Marlo Quent") nor with an article
 *   joined by a hyphen ("Al-Varesh Tamir": a place's or a group's name);
 * - an organization: a body's noun (ORG_HEADS, ORG_LAST_WORDS, BODY_NOUNS), a demonym or a legal form
 *   among other words of its name (or a legal form in an alias), an acronym, "&", a plural last word
 *   ("Velmar Technologies"), or an acronym written beside its long form;
 * - a place: always. Its type comes from the gazetteer, a place's head word or "in …" (readers found
 *   55 of 60 small places right).
 */
import { aliasKey } from '../nlp/alias-key';
import { isDictionaryWord, isGivenName } from '../nlp/chunk';
import { ARTICLE_NAME, isAcronym } from '../nlp/classify';
import { gazetteerLookup, isDemonym } from '../nlp/gazetteer';
import { legalForm } from '../nlp/legal-suffixes';
import { BODY_NOUNS, HONORIFICS, ORG_HEADS, ORG_LAST_WORDS, ROLE_HEADS } from '../nlp/title-words';
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

/** First words of the names of people the corpus knows in more than a few documents: it writes them as given names. */
function nameOpeners(clusters: readonly Gated[]): Set<string> {
  const opened = clusters.filter((c) => c.type === 'person' && c.sentences.size > FEW_DOCUMENTS).map((c) => canonicalName(c).split(' '));
  return new Set(opened.filter((words) => words.length > 1).map((words) => words[0] as string));
}

/** A word that is no name of a person: of the dictionary, a people's, a place's, a title. */
const plainWord = (w: string) => {
  const lower = w.toLowerCase().replace(/\.$/, '');
  return isDictionaryWord(w) || isDemonym(w) || gazetteerLookup(w) !== undefined || ROLE_HEADS.has(lower) || HONORIFICS.has(lower);
};

function personBacked(c: Gated, words: readonly string[], openers: ReadonlySet<string>): boolean {
  if (c.roles.length) return true;
  const [first] = words as [string];
  if (words.length === 1 || ARTICLE_NAME.test(first)) return false;
  const given = words.findIndex((w) => isGivenName(w));
  const glued = given > 0 && !isGivenName(first) && !openers.has(first) && words.slice(0, given).every(plainWord);
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
function isBacked(c: Gated, openers: ReadonlySet<string>): boolean {
  if (c.sentences.size > FEW_DOCUMENTS || c.type === 'place') return true;
  const name = canonicalName(c);
  const words = name.split(' ');
  return c.type === 'person' ? personBacked(c, words, openers) : organizationBacked(c, name, words);
}

/** `clusters` without the unbacked ones of few documents, in a corpus of `corpusDocuments` from LARGE_CORPUS up. */
export function withoutUnbacked<C extends Gated>(clusters: readonly C[], corpusDocuments: number): C[] {
  if (corpusDocuments < LARGE_CORPUS) return [...clusters];
  const openers = nameOpeners(clusters);
  return clusters.filter((c) => isBacked(c, openers));
}
