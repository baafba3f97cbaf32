/**
 * Linking one detected mention to a KB entity, with a confidence and the reason the card shows.
 * In order of trust: the name or an alias; the same name with acronyms spelled out; a spelling
 * variant of a person's name; a surname that the page ties to a full name, or that a title
 * introduces ("Foreign Minister Park", "NATO chief Rutte") when exactly one KB person fits, or
 * that no English word, common name or place shares ("Blinken", never "Park", "Miller" or "Austin").
 * A KB surname inside a longer name ("Daniel Park") never links: detection keeps it whole. A
 * city's name read as its region ("Kessel province") links to the region, or, in a KB that holds
 * no such region, to the city's name alone: that KB's corpus never told the two apart
 * (lib/kb/city-regions.ts).
 */
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/schema';
import { aliasKey, cleanSurface } from '../nlp/alias-key';
import { isCommonWord, isDictionaryWord } from '../nlp/chunk';
import { cityOfRegionReading } from '../nlp/city-regions';
import type { Detected } from '../nlp/detect';
import { gazetteerLookup } from '../nlp/gazetteer';
import { qualifiedByDocument } from '../nlp/institutions';
import { bare } from '../nlp/title-split';
import { ROLE_HEADS } from '../nlp/title-words';
import { byExpandedKey } from './expanded-key';
import { isSpellingVariant } from './name-variant';

/** Below this a mention is reported unlinked. */
export const LINK_THRESHOLD = 0.6;

/** Confidence of each way of linking, highest first. */
export const CONFIDENCE = { name: 0.95, alias: 0.9, surname: 0.85, expansion: 0.85, variant: 0.75, titledSurname: 0.7, rareSurname: 0.65 };

export interface Link {
  entity: KbEntity;
  confidence: number;
  reason: string;
}

function describe(e: KbEntity): string {
  const role = e.roles[0]?.text;
  return role ? `${e.name}, ${role}` : e.name;
}

/** "Park" for Park Jin: a KB alias that is only part of a person's name needs support to link. */
function isNamePart(entity: KbEntity, key: string): boolean {
  const name = aliasKey(entity.name);
  return entity.type === 'person' && name !== key && name.split(' ').includes(key);
}

/** A title before the name: in its chunk ("Secretary Blinken") or a lowercase role word ("NATO chief Rutte"). */
function hasTitle(d: Detected): boolean {
  if (d.title) return true;
  const previous = d.sentence.words[d.first - 1];
  return previous !== undefined && /^\s+$/.test(previous.post) && ROLE_HEADS.has(bare(previous));
}

/** A surname no word, common name or place shares ("Blinken"; not "Park", "Miller" or "Austin"), with no other bearer on the page. */
function isRareSurname(d: Detected): boolean {
  return d.via !== 'surname' && !isCommonWord(d.text) && !gazetteerLookup(d.text);
}

/** A lone surname links on a title before it, or on being rare; otherwise it stays unlinked. */
function surnameLink(entity: KbEntity, d: Detected): Link | null {
  if (hasTitle(d)) return { entity, confidence: CONFIDENCE.titledSurname, reason: `surname of ${describe(entity)}` };
  if (isRareSurname(d)) return { entity, confidence: CONFIDENCE.rareSurname, reason: `surname of ${describe(entity)} (no other on the page)` };
  return null;
}

function only(entities: readonly KbEntity[], d: Detected): KbEntity | null {
  const fitting = entities.filter((e) => e.type === d.type);
  return fitting.length === 1 ? (fitting[0] as KbEntity) : null;
}

function spellingVariantOf(index: KbIndex, key: string): KbEntity[] {
  const near = new Set(key.split(' ').flatMap((part) => index.byNamePart(part)));
  return [...near].filter((e) => [e.name, ...e.aliases].some((a) => isSpellingVariant(key, aliasKey(a))));
}

/** "Mother" opening a sentence, "image" in lowercase: one English word, written as one, where it need not be a name ("US" is no "us"). */
function readsAsWord(d: Detected): boolean {
  return /^\p{L}\p{Ll}+$/u.test(d.text) && isDictionaryWord(d.text) && (d.first === 0 || /^\p{Ll}/u.test(d.text));
}

export function linkMention(index: KbIndex, d: Detected): Link | null {
  const linked = linkName(index, d);
  if (linked) return linked;
  const city = cityOfRegionReading(d);
  return city === undefined ? null : linkName(index, { ...d, name: city });
}

function linkName(index: KbIndex, d: Detected): Link | null {
  if (readsAsWord(d)) return null;
  const key = aliasKey(d.name);
  // A state body the page's country qualified ("State Department (North Korea)"), which the KB holds
  // under another country's name: the one entity holding it as the page writes it.
  const direct = only(index.byAlias(key), d) ?? (qualifiedByDocument(d) ? only(index.byAlias(aliasKey(d.text)), d) : null);
  if (direct && (d.via === 'surname' || !isNamePart(direct, key))) {
    if (d.via === 'surname') return { entity: direct, confidence: CONFIDENCE.surname, reason: `surname of ${describe(direct)}` };
    const exact = cleanSurface(d.text).toLowerCase() === direct.name.toLowerCase();
    return exact
      ? { entity: direct, confidence: CONFIDENCE.name, reason: 'name' }
      : { entity: direct, confidence: CONFIDENCE.alias, reason: `alias "${d.text}"` };
  }
  if (direct) return surnameLink(direct, d);
  const expanded = only(byExpandedKey(index, key), d);
  if (expanded) return { entity: expanded, confidence: CONFIDENCE.expansion, reason: `same name as "${expanded.name}"` };
  if (d.type !== 'person') return null;
  if (key.includes(' ')) {
    const variant = only(spellingVariantOf(index, key), d);
    return variant ? { entity: variant, confidence: CONFIDENCE.variant, reason: `spelling variant of ${describe(variant)}` } : null;
  }
  const bearer = only(index.byNamePart(key), d);
  return bearer ? surnameLink(bearer, d) : null;
}
