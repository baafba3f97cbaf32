/**
 * A place's name that documents put in different countries is several places: "Quillmoor, Peru"
 * (a mine) and "Quillmoor, Ghana" (a market town). The detector keeps both under the name alone
 * when the gazetteer knows no city of the name, or knows one in each country. Here a document
 * points to a country when a sentence writes it after the name ("Quillmoor, Lima Region, Peru"), a
 * US state counting as the United States; or, weaker, when it names one country only (by its name,
 * demonym or capital). When documents write two countries or more after the name, each is a
 * namesake; the one most documents point to keeps the name alone, with the documents that point nowhere, and each
 * other namesake becomes "<place>, <country as written>" with the documents that write it, and
 * those that only name it unless the name alone is far better documented ("Canadian ministers
 * meet in London" stays in London when a few documents write "London, Ontario, Canada").
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import COUNTRY_PARTS from '../nlp/data/country-parts.json';
import { ENGLISH_FUNCTION_WORDS } from '../nlp/english-words';
import { countryOfCapital } from '../nlp/event-countries';
import { countriesOfCity, countryCodeOf, countryNamed, gazetteerLookup, isUsState, otherPlaceOfStateName } from '../nlp/gazetteer';
import { CROSS_BORDER_WORDS } from '../nlp/place-words';
import { canonicalName, type OpenEntity } from './entity-state';
import { byCode, nameKeyOf } from './kb-state';
import { toNamesake } from './state-qualifiers';

type Keyed = OpenEntity & { key: string };

/** Parts of the text after a name and its comma read for the country: "Quillmoor, Lima region, Peru". */
const MAX_QUALIFIER_PARTS = 3;
/** Words a part between the name and the country may take ("Lima region"). */
const MAX_PART_WORDS = 4;
/** Words of a country's name or demonym read in a sentence ("Democratic Republic of the Congo"). */
const MAX_COUNTRY_WORDS = 5;
/**
 * How many times as many documents the name alone's country may have as a namesake's written
 * country before documents that only name the namesake's country stay with the name alone.
 */
const MAX_LEAD_FOR_NAMED = 10;

const PARTS: Record<string, string> = COUNTRY_PARTS.parts;

/** The ISO code of the country a phrase names: a country, a part of one, a demonym, a US state; not a capital. */
function codeOfCountry(phrase: string): string | undefined {
  const country = countryNamed(phrase);
  if (country) return countryCodeOf(PARTS[country] ?? country);
  return isUsState(phrase) ? 'US' : undefined;
}

/**
 * The country written after a place's name: not one that is a state's name too ("Atlanta, Georgia"
 * or "Gori, Georgia"), nor one the gazetteer knows as a city ("Lima, Hong Kong" lists cities).
 */
function codeOfQualifier(part: string): string | undefined {
  if (isUsState(part) && countryNamed(part)) return undefined;
  if (countriesOfCity(part).size > 0 || otherPlaceOfStateName(part)?.kind === 'city') return undefined;
  return codeOfCountry(part);
}

/** A capitalized stretch of words, "of" and "the" allowed inside ("Republic of the Congo"). */
const CAPITALIZED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu;
/** A part after the name and its comma: capitalized words, a lowercase noun maybe after them ("Lima region"). */
const PART = /\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*(?: \p{Ll}+)?/uy;

/**
 * The part at `from`: a sentence's full stop ends it ("…, Peru."), not an acronym's ("U.S."), and
 * a function word after it is the sentence going on ("…, Peru on Monday").
 */
function partAt(sentence: string, from: number): string | undefined {
  PART.lastIndex = from;
  let part = PART.exec(sentence)?.[0];
  if (part && /\p{Ll}\.$/u.test(part)) part = part.slice(0, -1);
  const last = part?.match(/ (\p{Ll}+)$/u)?.[1];
  return last && ENGLISH_FUNCTION_WORDS.has(last) ? part?.slice(0, -last.length - 1) : part;
}

/** Capitalized words after ", " or " and ": what a list of places writes next ("Oslo, Norway, Paris and Rome"). */
const NEXT_IN_LIST = /^(?:,\s+|,?\s+and\s+)(\p{Lu}[^,.;:()]*)/u;

/** True when a list goes on after a country written after a name, other than with that country's own name ("Nevada, United States"). */
function listGoesOn(after: string, code: string): boolean {
  const next = NEXT_IN_LIST.exec(after)?.[1];
  return next !== undefined && codeOfCountry(next.trim()) !== code;
}

/**
 * True for the parts between a name and its country that make the text a list of cities ("Oslo,
 * Bergen, Norway"): a city of that country the gazetteer knows, after a city it knows. After
 * another name it is the city the place lies in ("Quillmoor, Bergen, Norway"); a city of another
 * country is the region it is named after ("Quillmoor, Ontario, Canada").
 */
function listsCities(name: string, between: readonly string[], code: string): boolean {
  return countriesOfCity(name).size > 0 && between.some((part) => countriesOfCity(part).has(code));
}

/** The countries `sentence` writes after one of `names`, each with the country's part as written ("Peru"). */
function writtenCountries(sentence: string, names: readonly string[]): [code: string, written: string][] {
  const found: [string, string][] = [];
  for (const name of names) {
    const opener = `${name}, `;
    for (let at = sentence.indexOf(opener); at !== -1; at = sentence.indexOf(opener, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(sentence[at - 1] ?? '')) continue;
      let from = at + opener.length;
      const between: string[] = [];
      for (let n = 0; n < MAX_QUALIFIER_PARTS; n++) {
        const part = partAt(sentence, from);
        if (!part || part.split(' ').length > MAX_PART_WORDS) break;
        const after = sentence.slice(from + part.length);
        const code = codeOfQualifier(part);
        if (code) {
          if (/^(?:$|[,.;:)])/.test(after) && !listGoesOn(after, code) && !listsCities(name, between, code)) found.push([code, part]);
          break;
        }
        if (!after.startsWith(', ') || gazetteerLookup(part)?.kind === 'country') break;
        between.push(part);
        from += part.length + 2;
      }
    }
  }
  return found;
}

/** The ISO code of the country a phrase names, by its name, demonym or capital. */
function codeOfNamed(phrase: string): string | null {
  const capital = countryOfCapital(phrase);
  return codeOfCountry(phrase) ?? (capital ? countryCodeOf(capital) : undefined) ?? null;
}

/**
 * Into `into`, the countries `sentence` names anywhere (names, demonyms, capitals) but in one of
 * `names`: read left to right, the longest phrase the gazetteer knows at each word, so that "British
 * Columbia", "Latin America" and "Papua New Guinea" name no Britain, United States or Guinea.
 * `codes` keeps the phrases read so far: the same capitalized words recur across a place's documents.
 */
function namedCountries(sentence: string, names: readonly string[], into: Set<string>, codes: Map<string, string | null>): void {
  const codeOf = (phrase: string) => {
    let code = codes.get(phrase);
    if (code === undefined) {
      code = codeOfNamed(phrase);
      codes.set(phrase, code);
    }
    return code;
  };
  let text = sentence;
  for (const name of names) text = text.split(name).join(' · ');
  for (const [run] of text.matchAll(CAPITALIZED_RUN)) {
    const words = run.split(/\s+/);
    for (let i = 0; i < words.length; ) {
      let width = 1;
      for (let j = Math.min(words.length, i + MAX_COUNTRY_WORDS); j > i; j--) {
        const phrase = words.slice(i, j).join(' ');
        const code = codeOf(phrase);
        if (code) into.add(code);
        // A longer name the gazetteer knows is read whole, a country's or not ("Latin America").
        if (code || (j - i > 1 && gazetteerLookup(phrase))) {
          width = j - i;
          break;
        }
      }
      i += width;
    }
  }
}

/** A name documents may put in several countries: a city's or an unknown place's, not yet qualified. */
function mayBeNamesake(c: Keyed): boolean {
  if (c.type !== 'place') return false;
  const key = nameKeyOf(c);
  const kind = gazetteerLookup(key)?.kind;
  const crossesBorders = key.split(' ').some((w) => CROSS_BORDER_WORDS.has(w));
  return (kind === undefined || kind === 'city') && !isUsState(key) && !crossesBorders && !canonicalName(c).includes(',');
}

interface Pointing {
  /** The country each document points to, and whether a sentence writes it after the name. */
  byDoc: Map<string, { code: string; written: boolean }>;
  /** The country's part as written after the name, by code, one entry per writing. */
  writings: Map<string, string[]>;
}

/**
 * Where each of `c`'s documents points: the one country written after the name, else the one
 * country it names among those written after the name in any document (a war's "Russian strikes
 * on Kherson" point to no Kherson of Russia, "Israeli strikes near the border with Egypt" to no
 * Egyptian town).
 */
function pointing(c: Keyed, namedCodes: Map<string, string | null>): Pointing | undefined {
  const names = [...c.names.keys()].filter((n) => aliasKey(n) === nameKeyOf(c));
  const writings = new Map<string, string[]>();
  const written = new Map<string, Set<string>>();
  for (const [doc, sentences] of c.sentences) {
    const found = sentences.flatMap((s) => writtenCountries(s, names));
    if (found.length === 0) continue;
    written.set(doc, new Set(found.map(([code]) => code)));
    for (const [code, part] of found) appendTo(writings, code, part);
  }
  if (writings.size < 2) return undefined;
  const places = new Set(writings.keys());
  const byDoc = new Map<string, { code: string; written: boolean }>();
  for (const [doc, sentences] of c.sentences) {
    const codes = written.get(doc);
    if (codes) {
      if (codes.size === 1) byDoc.set(doc, { code: [...codes][0] as string, written: true });
      continue;
    }
    const named = new Set<string>();
    for (const s of sentences) namedCountries(s, names, named, namedCodes);
    const among = [...named].filter((code) => places.has(code));
    if (among.length === 1) byDoc.set(doc, { code: among[0] as string, written: false });
  }
  return { byDoc, writings };
}

/** The most frequent of `list`, ties to one in `first` (the gazetteer's country of a city), then by code. */
function mostFrequent(list: readonly string[], first: ReadonlySet<string> = new Set()): string {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || Number(first.has(b[0])) - Number(first.has(a[0])) || byCode(a[0], b[0]))[0]?.[0] as string;
}

/** `clusters` with each place's name put in several countries split by country (new clusters after the rest, sorted by key). */
export function splitByCountry<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const added: T[] = [];
  const namedCodes = new Map<string, string | null>();
  for (const c of clusters) {
    if (!mayBeNamesake(c)) continue;
    const found = pointing(c, namedCodes);
    if (!found) continue;
    const docsOf = new Map<string, string[]>();
    for (const [doc, { code }] of found.byDoc) appendTo(docsOf, code, doc);
    const main = mostFrequent(
      [...found.byDoc.values()].map((p) => p.code),
      countriesOfCity(nameKeyOf(c)),
    );
    const mainDocs = docsOf.get(main)?.length ?? 0;
    const place = canonicalName(c);
    for (const [code, parts] of [...found.writings].sort(([a], [b]) => byCode(a, b))) {
      if (code === main) continue;
      const writtenDocs = (docsOf.get(code) ?? []).filter((doc) => found.byDoc.get(doc)?.written);
      const named = mainDocs <= MAX_LEAD_FOR_NAMED * writtenDocs.length;
      const docs = (docsOf.get(code) ?? []).filter((doc) => named || found.byDoc.get(doc)?.written);
      if (docs.length === 0) continue;
      toNamesake(c, `${place}, ${mostFrequent(parts)}`, docs, byKey, added);
    }
  }
  return [...clusters, ...added.sort((a, b) => byCode(a.key, b.key))];
}
