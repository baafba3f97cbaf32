/**
 * Entity detection over a document: candidate names (chunk.ts), titles split off (title-split.ts),
 * typed (classify.ts), then resolved against the rest of the document (resolve-in-document.ts).
 * The KB builder and the matcher both call this, so the CLI and the extension see the same names.
 */
import type { EntityType } from '../kb/schema';
import { cleanSurface } from './alias-key';
import { chunkSentence } from './chunk';
import { readCityRegions } from './city-regions';
import { classifyName } from './classify';
import { retypeClubs } from './club-context';
import { codesCurrency } from './currency-code';
import { fallbackType } from './fallback-type';
import { gazetteerLookup, isDemonym } from './gazetteer';
import { initialSurnames } from './initial-surnames';
import { qualifyInstitutions } from './institutions';
import { followsSettlementNoun, precedesSiteNoun } from './locatives';
import { namesAfterPlace } from './named-after';
import { endsRaceName, holdsCodeWord, isHappening, isVessel, nonNameKind } from './non-name';
import { EVENT_OPENERS } from './non-name-words';
import { tellPlacesApart } from './place-homonyms';
import { placeQualifiedNames } from './qualified-names';
import { resolveInDocument } from './resolve-in-document';
import { splitAtRole } from './role-split';
import { retypeTeams } from './sports-teams';
import { isSportsText } from './sports-text';
import { appositiveThing } from './thing-apposition';
import { namesInTitle, onlySuffixes, splitTitle } from './title-split';
import { LEADER_NOUNS } from './title-words';
import { type Sentence, tokenize, type Word } from './tokenize';

export interface Detected {
  start: number;
  end: number;
  /** The surface text, `text.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** The name this mention resolves to in its document: "Antony Blinken" for "Blinken", "North Korea" for "DPRK". */
  name: string;
  /** The title written before the name, if any ("Secretary"), for aliases such as "Secretary Blinken". */
  title: string | null;
  /** How the name was resolved: 'name', 'gazetteer', 'surname', 'acronym', 'the North', 'hyphen part', 'team'. */
  via: string;
  sentence: Sentence;
  /** Word indexes of the name in its sentence. */
  first: number;
  last: number;
  /** Words of title inside the candidate, before `first`. */
  titleWords: number;
}

/** A mention still being resolved: `type` may be unknown until the document is considered. */
export type Candidate = Omit<Detected, 'type'> & { type: EntityType | null; canonical: string | null };

/** "U.S." in "U.S. Defense Secretary Lloyd Austin", "United Nations" in "Secretary-General of the United Nations Kofi Annan": a name of its own, as CoNLL marks it. */
function nameInTitle(text: string, sentence: Sentence, chunkFirst: number, title: readonly Word[], from: number, to: number): Candidate {
  const start = (title[from] as Word).start;
  const last = title[to] as Word;
  const end = last.possessive ? last.end - 2 : last.end;
  const surface = text.slice(start, end);
  const known = gazetteerLookup(surface);
  const canonical = known?.name ?? null;
  return {
    start,
    end,
    text: surface,
    type: known?.type ?? 'place',
    canonical,
    name: cleanSurface(canonical ?? surface),
    title: null,
    via: 'gazetteer',
    sentence,
    first: chunkFirst + from,
    last: chunkFirst + to,
    titleWords: 0,
  };
}

/** "the Bush administration", "the Lula presidency": a name alone before one of these lowercase nouns is the leader's. */
const namesLeader = (next: Word | undefined) => next !== undefined && LEADER_NOUNS.has(next.text);

/**
 * False for a month, a weekday, a time zone, a common noun or a bare title taken for a name, for
 * a demonym taken for a person ("English"), and for a model's name taken for a person's
 * ("Soyuz TMA-5", and "Soyuz" after it: no one's name holds a code), and for a currency's code
 * beside an amount ("CAD $80,000"). A title before a month's name makes it a surname ("Prime
 * Minister May"); nothing else is kept.
 */
function namesSomething(d: Detected): boolean {
  if (d.type === 'person' && (isDemonym(d.text) || holdsCodeWord(d.name))) return false;
  if (codesCurrency(d)) return false;
  if (isPeoplesAdjective(d.text)) return false;
  const kind = nonNameKind(d.name);
  return kind === null || (d.title !== null && kind === 'month');
}

/** "v." between two names: a court case's ("Roe v. Wade"), whose parties name no one a card is for. */
const BEFORE_VERSUS = /^\s+v\.\s+\p{Lu}/u;
const AFTER_VERSUS = /[\p{L}.]\s+v\.\s+$/u;

/** True for a person's name written as a party of a court case: "Roe" and "Wade" of "Roe v. Wade" (not "Velcor v. Brandt Corp", companies). */
const namesCaseParty = (text: string, d: Detected) =>
  d.type === 'person' &&
  d.via !== 'gazetteer' &&
  (BEFORE_VERSUS.test(text.slice(d.end, d.end + 6)) || AFTER_VERSUS.test(text.slice(Math.max(0, d.start - 6), d.start)));

/** A people's or a faith's words only, several of them: "Irish Roman Catholic", "Sunni Muslim" (not "Bill English"). */
function isPeoplesAdjective(text: string): boolean {
  const words = text.split(/\s+/);
  return words.some((_, i) => i > 0 && words.slice(0, i).every((w) => isDemonym(w)) && isDemonym(words.slice(i).join(' ')));
}

/** "Trinidad" and "Tobago" → "Trinidad and Tobago": two candidates the gazetteer knows as one name with "and" between them. */
function joinOverAnd(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const previous = out.at(-1);
    const known =
      previous && previous.sentence === c.sentence && /^\s+and\s+$/.test(text.slice(previous.end, c.start))
        ? gazetteerLookup(text.slice(previous.start, c.end))
        : undefined;
    if (!previous || !known) {
      out.push(c);
      continue;
    }
    const surface = text.slice(previous.start, c.end);
    out[out.length - 1] = {
      ...previous,
      end: c.end,
      text: surface,
      type: known.type,
      canonical: known.name,
      name: cleanSurface(known.name),
      via: 'gazetteer',
      last: c.last,
    };
  }
  return out;
}

/** Types of names known beforehand (the KB's aliases), for names the text alone does not type. */
export type Lexicon = (name: string) => EntityType | null;

/** Every person, place and organization named in `text` (within `ranges`, default all of it). */
export function detectEntities(
  text: string,
  ranges: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }],
  lexicon: Lexicon = () => null,
): Detected[] {
  const candidates: Candidate[] = [];
  /** Last words of storms and other happenings named ("Katrina" of "Hurricane Katrina"), and court cases' parties: the same happening when alone. */
  const happenings = new Set<string>();
  const sentences = ranges.flatMap((range) => tokenize(text, range.start, range.end));
  for (const sentence of sentences) {
    for (const chunk of chunkSentence(sentence).flatMap(splitAtRole)) {
      // "Hurricane Katrina hit…": a sentence's first word opens no chunk, but still names a storm.
      const opener = sentence.words[chunk.first - 1];
      if (opener && /^\p{Lu}/u.test(opener.text) && EVENT_OPENERS.has(opener.text.toLowerCase())) {
        happenings.add((chunk.words.at(-1) as Word).text);
        continue;
      }
      if (endsRaceName(sentence.words, chunk.first)) continue;
      const { title, isRole, name } = splitTitle(chunk.words);
      for (const [from, to] of namesInTitle(title)) candidates.push(nameInTitle(text, sentence, chunk.first, title, from, to));
      const first = name[0];
      // "Harold Kilpatrick, Jr.": a generational suffix after a comma names no one alone.
      if (!first || onlySuffixes(name)) continue;
      const surface = text.slice(first.start, chunk.end);
      const classified = classifyName(surface, name, title.length > 0, chunk.inCaps);
      const { canonical } = classified;
      const type = !canonical && name.length === 1 && namesLeader(sentence.words[chunk.first + chunk.words.length]) ? 'person' : classified.type;
      // "the Kessel oil field": a site, not "a British air base" (a people's) nor "the Korlan Navy air
      // base" (its owner's: a name of several words read as an organization), nor any "an … air base".
      const site =
        !(classified.type === 'organization' && name.length > 1) &&
        !isDemonym(surface) &&
        !/^an?$/i.test(sentence.words[chunk.first - 1]?.text ?? '') &&
        precedesSiteNoun(sentence.words, chunk.first + chunk.words.length - 1);
      const settlement = !canonical && title.length === 0 && (followsSettlementNoun(sentence.words, chunk.first) || site);
      candidates.push({
        start: first.start,
        end: chunk.end,
        text: surface,
        type: settlement ? 'place' : type,
        canonical,
        name: cleanSurface(canonical ?? surface),
        title: isRole || title.length ? cleanSurface(text.slice(title[0]?.start, title.at(-1)?.end)) : null,
        via: canonical ? 'gazetteer' : 'name',
        sentence,
        first: chunk.first + title.length,
        last: chunk.first + chunk.words.length - 1,
        titleWords: title.length,
      });
    }
  }
  candidates.push(...initialSurnames(text, sentences, candidates));
  candidates.sort((a, b) => a.start - b.start);
  const joined = joinOverAnd(text, candidates);
  // Sports rules fire only inside a range laid out as sports results (a page's results table, not its prose).
  const sportsRanges = ranges.filter((r) => isSportsText(text.slice(r.start, r.end)));
  const inSports = (m: { start: number }) => sportsRanges.some((r) => m.start >= r.start && m.start < r.end);
  const resolved = resolveInDocument(text, joined, (c) => lexicon(c.name) ?? fallbackType(c, inSports(c)));
  // "Katrina" after "Hurricane Katrina" is the storm again, not a woman; "Roe" after "Roe v. Wade" the case again;
  // "Kelmar Ames" after "USS Kelmar Ames" the ship again.
  for (const d of resolved) {
    if (isHappening(d.name)) happenings.add(d.name.split(' ').at(-1) as string);
    if (isVessel(d.name)) happenings.add(d.name.split(' ').slice(1).join(' '));
    if (namesCaseParty(text, d)) happenings.add(d.name);
    // "The Kelmar, a fiberglass boat,": the boat, wherever the document names it.
    if (appositiveThing(text.slice(Math.max(0, d.start - 4), d.start), text.slice(d.end, d.end + 80))) happenings.add(d.name);
  }
  const starts = new Set(resolved.map((d) => d.start));
  const detected = resolved.filter((d) => namesSomething(d) && !happenings.has(d.name) && !namesAfterPlace(d, starts));
  placeQualifiedNames(text, detected);
  tellPlacesApart(text, detected);
  qualifyInstitutions(text, detected);
  // After the institutions: a city's region lies in the city's country, which they read from its name.
  readCityRegions(detected);
  if (sportsRanges.length) retypeTeams(text, detected.filter(inSports));
  retypeClubs(detected);
  return detected;
}
