/**
 * The type a candidate name has on its own, before the rest of the document is considered:
 * gazetteer first, then the shape of the name, then compromise's tags.
 */
import type { EntityType } from '../kb/schema';
import { isGivenName } from './chunk';
import { gazetteerLookup, isDemonym, miswrittenAcronym } from './gazetteer';
import { BODIES_NAMED_ALONE } from './institutions';
import { isLegalSuffix } from './legal-suffixes';
import { placeBeforeGivenName, typeByOpener } from './name-openers';
import { PLACE_HEADS, SURNAME_PLACE_HEADS } from './place-words';
import { bare } from './title-split';
import { ORG_HEADS, ORG_LAST_WORDS } from './title-words';
import type { Word } from './tokenize';

export interface Classified {
  /** null when nothing tells; the document may still tell (a surname, an appositive). */
  type: EntityType | null;
  /** Canonical name when the gazetteer knows it. */
  canonical: string | null;
}

const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName'];
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]{1,6}|(?:\p{Lu}\.){2,4})$/u;

/**
 * One word opened by an Arabic article ("Al-Shabaab", "El-Fasher"): a group's or a place's name,
 * never a person's alone (a person's is "Muqtada al-Sadr"), though compromise tags "Al" a given name.
 */
export const ARTICLE_NAME = /^(?:Al|El)-\p{Lu}/u;

export function isAcronym(surface: string): boolean {
  return ACRONYM.test(surface);
}

/** A place's last word ends the name: any of PLACE_HEADS, or a surname's after more than a given name ("Kessel Power Plant", not "Robert Plant"). */
function headsPlace(words: readonly Word[]): boolean {
  const head = bare(words.at(-1) as Word);
  return PLACE_HEADS.has(head) || (SURNAME_PLACE_HEADS.has(head) && !(words.length === 2 && isGivenName((words[0] as Word).text)));
}

export function classifyName(surface: string, words: readonly Word[], hadTitle: boolean, inCaps = false): Classified {
  const known = miswrittenAcronym(surface) ? undefined : gazetteerLookup(surface);
  if (known) return { type: known.type, canonical: known.name };
  if (isDemonym(surface) || isDemonym(surface.replace(/s$/, ''))) return { type: null, canonical: null };
  const last = words.at(-1) as Word;
  if (words.length > 1 && headsPlace(words)) return { type: 'place', canonical: null };
  if (words.length > 1 && (ORG_HEADS.has(bare(last)) || ORG_LAST_WORDS.has(bare(last)))) return { type: 'organization', canonical: null };
  // "Rangers F.C.", "Kessler PLC": a legal form ends a company's name, whatever a given name opens it ("Chelsea F.C.").
  if (words.length > 1 && isLegalSuffix(last.text)) return { type: 'organization', canonical: null };
  // "Wadi Fira", "Jabhat al-Nusra": a head of another language opens the name.
  const opened = typeByOpener(words.map((w) => w.text));
  if (opened) return { type: opened, canonical: null };
  // "Harlow & Finch", "Bank of Canada", "Union of Coastal Workers", "Virginia House of Delegates"
  if (words.some((w) => w.text === '&')) return { type: 'organization', canonical: null };
  if (words.some((w, i) => i < words.length - 2 && ORG_HEADS.has(bare(w)) && /^(?:of|for)$/.test(words[i + 1]?.text ?? '')))
    return { type: 'organization', canonical: null };
  if (hadTitle) return { type: 'person', canonical: null };
  // "ZANU-PF", "VMRO-DPMNE": acronyms a hyphen joins are one body's (two known names were split before: "US-UK").
  if (words.length === 1 && !inCaps && surface.split('-').every(isAcronym)) return { type: 'organization', canonical: null };
  if (words.length === 1 && ARTICLE_NAME.test(surface)) return { type: null, canonical: null };
  // "San Rafael", "Santa Lucia": a saint's given name makes a town's name.
  if (words.some((w) => PERSON_TAGS.some((t) => w.tags.has(t))))
    return { type: placeBeforeGivenName(words.map((w) => w.text)) ? 'place' : 'person', canonical: null };
  // "Daniel Park": compromise may read "* Park" as a place, but a given name opens a person's name.
  if (words.length > 1 && isGivenName((words[0] as Word).text)) return { type: 'person', canonical: null };
  // "outside Parliament", "in Congress": a state's body alone is no place (institutions.ts names its country).
  if (words.length === 1 && BODIES_NAMED_ALONE.has(bare(last))) return { type: 'organization', canonical: null };
  if (words.length === 1 && ORG_HEADS.has(bare(last))) return { type: null, canonical: null };
  if (words.some((w) => w.tags.has('Organization'))) return { type: 'organization', canonical: null };
  if (words.every((w) => w.tags.has('Place'))) return { type: 'place', canonical: null };
  return { type: null, canonical: null };
}
