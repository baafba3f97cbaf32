/**
 * Candidate names: runs of capitalized words inside a sentence, cut at punctuation, dates and
 * possessives, with "of" allowed after a head noun ("Republic of Korea", "Secretary of State").
 */
import nlp from 'compromise/two';
import { chunkCapsSentence, isAllCaps } from './caps-chunk';
import { ENGLISH_FUNCTION_WORDS, isLowercaseEnglishWord } from './english-words';
import { gazetteerLookup, isCountryOrCapital, isDemonym, namesCountry } from './gazetteer';
import { FAMILY_NAMES_FIRST } from './known-names';
import { isLegalSuffix } from './legal-suffixes';
import { isSaintWord } from './name-openers';
import { isHeadNounAlone } from './non-name';
import { DESCRIPTOR_PARTICIPLES, DESCRIPTOR_PLURALS, HOLIDAY_HEADS, MONTHS } from './non-name-words';
import { PLACE_HEADS, SURNAME_PLACE_HEADS } from './place-words';
import {
  ATTACHED_PARTICLES,
  ELIDED_PARTICLES,
  HONORIFICS,
  isHyphenatedRole,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_HEADS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  TOPIC_HEADS,
} from './title-words';
import type { Sentence, Word } from './tokenize';

export interface Chunk {
  /** Words of the candidate name, the last one possibly possessive. */
  words: Word[];
  /** Index of the first word in its sentence. */
  first: number;
  start: number;
  /** End offset, possessive "’s" excluded. */
  end: number;
  /** From an ALL-CAPS line, where a short capital word need not be an acronym. */
  inCaps?: boolean;
}

const BREAK_PUNCTUATION = /[,;:()[\]"“”«»—–!?.…]|\s-\s|\n/;
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Copula'];
const SKIP_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Cardinal', 'Ordinal', 'Holiday'];
const GEO_HEADS = new Set(['republic', 'kingdom', 'states', 'emirates', 'islands', 'gulf', 'sea', 'bay', 'strait', "people's", 'people’s']);

type Lexicon = Record<string, string>;
// Read on first use, not at import: compromise is built only when the background first needs it (parse-line.ts).
let lexiconRead: Lexicon | undefined;
const lexicon = (): Lexicon => {
  lexiconRead ??= (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
  return lexiconRead;
};

const NAME_TAGS = /Name|Person|Country|City|Region|Place|ProperNoun|Organization|Company|Honorific|Acronym/;

/**
 * True for words of the English dictionary ("Furthermore", "During", "Climate"), not names
 * ("Antony", "China"): compromise's lexicon where it knows the word, else the words English
 * writes only in lowercase (english-words.ts).
 */
export function isDictionaryWord(word: string): boolean {
  const tags = lexicon()[word.toLowerCase()];
  return tags === undefined ? isLowercaseEnglishWord(word) : !NAME_TAGS.test(String(tags));
}

function isCapitalized(word: Word): boolean {
  if (/^\p{Lu}/u.test(word.text)) return true;
  // A country or capital written carelessly in lowercase ("kyiv"). Not any town: many are
  // English words the dictionary lacks ("sale", "bath").
  return /^\p{Ll}{4,}$/u.test(word.text) && !isDictionaryWord(word.text) && isCountryOrCapital(word.text);
}

function hasTag(word: Word, tags: string[]): boolean {
  return tags.some((t) => word.tags.has(t));
}

/** "A." of "A. K. Antony": a capital and its dot (kept by tokenize.ts) is an initial, though compromise reads the article. */
const isInitial = (word: Word) => /^\p{Lu}\.$/u.test(word.text);

/** A function word ("of", "and", "The"), never an initial. */
const isFunctionWord = (word: Word) => hasTag(word, FUNCTION_TAGS) && !isInitial(word);

/**
 * "III" of "King Mswati III", "XIV" of "Leo XIV": a Roman numeral after a name's word is its
 * regnal number, though compromise may read a number. Not "I", the pronoun as often.
 */
const REGNAL_NUMERAL = /^(?!I$)X{0,3}(?:IX|IV|V?I{0,3})$/;
const isRegnalNumeral = (word: Word) => word.text !== '' && REGNAL_NUMERAL.test(word.text);

/** True for a noun of the English dictionary ("Hospital", "Representatives"), never a demonym or a name ("Philippines"). */
export function isCommonNoun(word: string): boolean {
  const tags = String(lexicon()[word.toLowerCase()] ?? '');
  return /Singular|Plural|Actor/.test(tags) && !/Demonym/.test(tags) && !NAME_TAGS.test(tags);
}

/** True for an adjective of the dictionary, never a noun ("High", "Principal"; not "Trade", "Military"). */
export function isAdjective(word: string): boolean {
  const tags = String(lexicon()[word.toLowerCase()] ?? '');
  return /Adjective/.test(tags) && !/Noun|Singular|Plural|Actor|Uncountable/.test(tags);
}

/** True for any word compromise's lexicon holds: English words and common names ("Miller", "Austin"). */
export function isCommonWord(word: string): boolean {
  return lexicon()[word.toLowerCase()] !== undefined;
}

/** True for given names in compromise's lexicon ("Daniel", "Maria"), whatever the context tagged them. */
export function isGivenName(word: string): boolean {
  return /FirstName|MaleName|FemaleName/.test(String(lexicon()[word.toLowerCase()] ?? ''));
}

const titleWord = (word: Word | undefined) => (word?.text ?? '').toLowerCase().replace(/\.$/, '');

/** A title opening a run: "President", "Dr.", or a modifier before a title's word ("Prime Minister", "Former Vice President"), not "Former British Labour Party". */
function opensTitle(word: Word, next: Word | undefined): boolean {
  const w = titleWord(word);
  if (ROLE_HEADS.has(w) || HONORIFICS.has(w)) return true;
  const n = titleWord(next);
  return ROLE_MODIFIERS.has(w) && (ROLE_HEADS.has(n) || ROLE_MODIFIERS.has(n));
}

/** Can this word open a name? Function words and sentence-initial dictionary words cannot. */
function canStart(word: Word, next: Word | undefined, sentenceInitial: boolean, afterNext?: Word): boolean {
  if (!isCapitalized(word) || hasTag(word, SKIP_TAGS)) return false;
  // compromise reads "U.S." and "US" as the pronoun "us".
  if (isFunctionWord(word) && !(/^[\p{Lu}.]{2,}$/u.test(word.text) && gazetteerLookup(word.text))) return false;
  if (word.tags.has('Adverb') && !word.tags.has('ProperNoun')) return false;
  if (sentenceInitial && !isInitial(word) && isDictionaryWord(word.text)) {
    // "North Korea fired…", "Park Jin said…": a dictionary word that opens a known name may still start one.
    if (next && isCapitalized(next) && FAMILY_NAMES_FIRST.has(word.text)) return true;
    // "Sudanese Armed Forces…", "Prime Minister Jane Doe…": a nationality or a title opens the run; title-split.ts takes the title off.
    if (opensTitle(word, next) || (next && isCapitalized(next) && isDemonym(word.text))) return true;
    // "Rangers F.C. won…", "Harmony PLC, owner of…": a company's legal form (no English word) ending the name after it
    // makes it one (not "Former FC Valdor coach…", where the form opens the next name).
    if (next && isLegalSuffix(next.text) && !isDictionaryWord(next.text) && !(afterNext && isCapitalized(afterNext) && !BREAK_PUNCTUATION.test(next.post)))
      return true;
    // "United States-Vardia relations": a known name before a hyphen opens a name as it would alone.
    if (next?.text.includes('-') && gazetteerLookup(`${word.text} ${next.text.split('-')[0]}`)) return true;
    // "Gulf of Varnos…", "Republic of Korea…": a geographic head before "of" opens a place's name (it names nothing alone: non-name.ts).
    // "Bank of Valdoria…": an organization's head too.
    if (next?.text === 'of' && (GEO_HEADS.has(word.text.toLowerCase()) || ORG_HEADS.has(word.text.toLowerCase()))) return true;
    return Boolean(gazetteerLookup(word.text) || (next && gazetteerLookup(`${word.text} ${next.text}`)));
  }
  return true;
}

/** "March 18": a month and a number start a date, which never goes on a name ("Nathan Willis March 18"). */
function startsDate(words: readonly Word[], i: number): boolean {
  return MONTHS.has((words[i] as Word).text.toLowerCase()) && /^\d/.test(words[i + 1]?.text ?? '');
}

/** "the Xbox One S. That revision": after a dot, a capitalized function word opens a sentence, not a name's next word. */
function opensSentenceAfter(word: Word, next: Word): boolean {
  return (word.text.endsWith('.') || word.post.startsWith('.')) && ENGLISH_FUNCTION_WORDS.has(next.text.toLowerCase());
}

/** "Children’s Hospital", "Women’s Union": a plural noun’s possessive names the group the next word serves, inside one name. */
function pluralPossessive(word: Word): boolean {
  return /Plural/.test(String(lexicon()[word.text.slice(0, -2).toLowerCase()] ?? ''));
}

function breaksAfter(word: Word): boolean {
  return BREAK_PUNCTUATION.test(word.post) || (word.possessive && !GEO_HEADS.has(word.text.toLowerCase()) && !pluralPossessive(word));
}

/**
 * "al-Bashir" after "Omar", "d'Ivoire" after "Côte": a particle joined by a hyphen or elided by an
 * apostrophe to a capitalized part goes on a name, though it opens none.
 */
function attachedParticle(word: Word): boolean {
  const [particle, rest] = word.text.split(/-(.*)/s);
  if (ATTACHED_PARTICLES.has(particle ?? '') && /^\p{Lu}/u.test(rest ?? '')) return true;
  const elided = /^(\p{Ll}+)['’]\p{Lu}/u.exec(word.text);
  return elided !== null && ELIDED_PARTICLES.has(elided[1] as string);
}

function takesConnector(word: Word): boolean {
  const lower = word.text.toLowerCase();
  return ORG_HEADS.has(lower) || ROLE_HEADS.has(lower) || isHyphenatedRole(lower) || GEO_HEADS.has(lower);
}

/** True when `words` open with a place's name: "America", "South Korea". */
const opensWithPlace = (words: readonly Word[]) =>
  words.some(
    (_, n) =>
      gazetteerLookup(
        words
          .slice(0, n + 1)
          .map((w) => w.text)
          .join(' '),
      )?.type === 'place',
  ) || words[0]?.tags.has('Place') === true;

/**
 * "the Writers Guild of America", "the Voice of Valdoria": capitalized dictionary words inside a
 * sentence head a name their "of" carries on to a place, and that place is the name's, no mention
 * of the place. Not after a name ("Jane Roe of Texas"), nor after a sentence's first word alone,
 * capitalized only for opening it ("Fighting of …"), nor after a noun that heads places' names
 * ("the Government of Valdoria", "the City of Lyon": the place's own), nor after a title's words
 * ("the Duchess of Kent", "the Minister of Foreign Affairs of Peru").
 */
function headsOfComplement(run: readonly Word[], of: Word, after: readonly Word[], insideSentence: boolean): boolean {
  if (!insideSentence || of.text !== 'of' || !opensWithPlace(after)) return false;
  // Capitalized words only, no title's ("Minister of Foreign Affairs of Peru" is a title and its country).
  const plain = (w: Word) =>
    /^\p{Lu}/u.test(w.text) && isDictionaryWord(w.text) && !isDemonym(w.text) && !opensTitle(w, undefined) && !ROLE_MODIFIERS.has(titleWord(w));
  // "Bill Young of Florida": words the tagger read as a person's.
  const person = run.some((w) => isGivenName(w.text) || w.tags.has('Person'));
  return run.every(plain) && !person && !isHeadNounAlone((run.at(-1) as Word).text);
}

/**
 * "Robert the Bruce", "Alexander the Great": a given name, "the" and one capitalized word are one
 * person's name, not the given name alone (which went into whoever had it for a surname).
 */
function epithetAfter(words: readonly Word[], j: number): boolean {
  const [name, the, epithet, after] = [words[j] as Word, words[j + 1], words[j + 2], words[j + 3]];
  if (the?.text !== 'the' || !epithet || !isCapitalized(epithet) || breaksAfter(name) || breaksAfter(the)) return false;
  // "Jane the Vice President": a title after "the" is a role's apposition.
  const endsThere = !after || breaksAfter(epithet) || !isCapitalized(after);
  return endsThere && isGivenName(name.text) && !ROLE_HEADS.has(titleWord(epithet)) && !ROLE_MODIFIERS.has(titleWord(epithet));
}

/**
 * "Ministry of Science and Technology", "Department of Health and Human Services": after an
 * organization's head and its "of" or "for", "and" carries the name on to a capitalized dictionary
 * word ("and Social"; not "and Smith" or "and Japan", names of their own, nor "and Attorney
 * General", a title, nor "and Chinese", a people's word opening another). After a title's head
 * too: "Minister of Justice and Security" is one title.
 */
function andInComplement(words: readonly Word[], i: number, j: number): boolean {
  const after = words[j + 2];
  if (words[j + 1]?.text !== 'and' || !after || !isCapitalized(after) || breaksAfter(words[j + 1] as Word)) return false;
  const lower = titleWord(after);
  if (!isDictionaryWord(after.text) || gazetteerLookup(after.text) || isDemonym(after.text) || opensTitle(after, words[j + 3])) return false;
  const headAt = (heads: ReadonlySet<string>, connector = /^(?:of|for)$/) =>
    words.slice(i, j).findIndex((w, k) => heads.has(w.text.toLowerCase()) && connector.test(words[i + k + 1]?.text ?? ''));
  // A title's complement of dictionary words only ("Minister of Justice and Security", not "Speaker
  // Paul Ryan and Senate …") may hold a modifier's or a body's word; an organization's may not ("Army and Air Force"),
  // nor a body's subject after "on" ("Office on Drugs and Crime": onTopic).
  const role = headAt(ROLE_HEADS);
  if (role >= 0 && words.slice(i + role + 1, j + 1).every((w) => /^\p{Ll}/u.test(w.text) || isDictionaryWord(w.text) || ROLE_MODIFIERS.has(titleWord(w))))
    return true;
  return !ROLE_MODIFIERS.has(lower) && !ORG_HEADS.has(lower) && (headAt(ORG_HEADS) >= 0 || headAt(TOPIC_HEADS, /^on$/) >= 0);
}

/** A capitalized dictionary word that is no organization's head and no place: "Justice", "Equality". */
function plainCapitalWord(word: Word | undefined): boolean {
  return word !== undefined && isCapitalized(word) && isDictionaryWord(word.text) && !gazetteerLookup(word.text) && !ORG_HEADS.has(titleWord(word));
}

/**
 * The word at `k` is a plain capital word, or an organization's head in "Bonds and Exchange
 * Commission", where the word after "and" (`j` + 2) is a head another head follows at once: the
 * first head's words name no body alone there. Not "Army and Air Force" ("Air" is no head).
 */
function plainOrPairedHead(words: readonly Word[], j: number, k: number): boolean {
  const word = words[k];
  if (plainCapitalWord(word)) return true;
  const paired = ORG_HEADS.has(titleWord(words[j + 2])) && ORG_HEADS.has(titleWord(words[j + 3]));
  return paired && word !== undefined && isCapitalized(word) && ORG_HEADS.has(titleWord(word)) && !gazetteerLookup(word.text);
}

/**
 * "Justice and Equality Movement", "Freedom and Justice Party": "and" between two capitalized
 * dictionary words inside one organization's name, which its head ends within two words. Not
 * "Army and Air Force" (two organizations) nor "France and Germany" (names of their own).
 */
function andInName(words: readonly Word[], i: number, j: number): boolean {
  // The name opens with the word before "and", or a country's name or demonym does ("U.S. Food and Drug
  // Administration"): after other words ("Deputy Prime Minister and …") it joins two titles.
  const opensAfterCountry = j === i + 1 && namesCountry((words[i] as Word).text);
  // "Food Safety and Inspection Service", "National Security and Defense Council": before "and",
  // dictionary words only, no people's, open the name; a title's modifier too, if no title's head is there.
  const run = words.slice(i, j + 1);
  const plainRun = !run.some(titleRunWord) && run.every((w) => plainCapitalWord(w) && !isDemonym(w.text) && !opensTitle(w, undefined));
  if (
    (i !== j && !opensAfterCountry && !(plainRun && !isDemonym(words[j + 2]?.text ?? '') && !gazetteerLookup(`${words[j + 2]?.text} ${words[j + 3]?.text}`))) ||
    words[j + 1]?.text !== 'and' ||
    // "the National Front and National Union parties": a word opening the name again opens a second one.
    words[j + 2]?.text === words[i]?.text ||
    !plainOrPairedHead(words, j, j) ||
    breaksAfter(words[j] as Word) ||
    breaksAfter(words[j + 1] as Word)
  )
    return false;
  if (!plainOrPairedHead(words, j, j + 2)) return false;
  for (let k = j + 3; k <= j + 4; k++) {
    const w = words[k];
    if (!w || !isCapitalized(w) || breaksAfter(words[k - 1] as Word)) return false;
    if (ORG_HEADS.has(w.text.toLowerCase())) return true;
  }
  return false;
}

/** A title's or a courtesy's word: "of" after a run holding one carries a title on (title-split.ts), no name. */
const titleRunWord = (word: Word) => ROLE_HEADS.has(titleWord(word)) || HONORIFICS.has(titleWord(word));

/**
 * "Baseball Hall of Fame", "Varnos Player of the Year": "of" (or "of the") and one or two
 * capitalized dictionary words that end the run carry a name of two words or more on, though its
 * head is no organization's. Not a title's ("Chief of Staff"), nor a person's of a body or a place
 * ("Kate Hall of Amnesty", "Tom Price of Georgia", "Dana Pell of the National Front", "Kessel
 * District of the North Island": a given name, a name the gazetteer knows, a body's or a place's head). The index of the complement's last word, or 0.
 */
function ofInName(words: readonly Word[], i: number, j: number): number {
  const width = words[j + 1]?.text !== 'of' ? 0 : words[j + 2]?.text === 'the' ? 2 : 1;
  if (j === i || !width || words.slice(j + 1, j + 1 + width).some(breaksAfter)) return 0;
  const head = words[j] as Word;
  if (
    !isDictionaryWord(head.text) ||
    ROLE_MODIFIERS.has(titleWord(head)) ||
    isGivenName((words[j - 1] as Word).text) ||
    words.slice(i, j + 1).some(titleRunWord)
  )
    return 0;
  const at = j + 1 + width;
  // The capitalized words after the connector, up to punctuation; three or more are no complement of this kind.
  let end = at;
  while (end - at < 3 && words[end] && isCapitalized(words[end] as Word)) if (breaksAfter(words[end++] as Word)) break;
  const complement = words.slice(at, end);
  const last = titleWord(complement.at(-1));
  if (!complement.length || complement.length > 2 || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return 0;
  if (complement.some((w) => !isDictionaryWord(w.text) || isDemonym(w.text) || titleRunWord(w))) return 0;
  return gazetteerLookup(complement.map((w) => w.text).join(' ')) ? 0 : end - 1;
}

/**
 * The run `i`..`j` less the words that describe a name's bearer: a participle before it ("Jailed
 * Kessel Party leader"; alone, no name at all) and a plural after it ("Ansar Kelmar Islamists").
 */
function withoutDescriptors(words: readonly Word[], i: number, j: number): [number, number] {
  const from = DESCRIPTOR_PARTICIPLES.has(titleWord(words[i])) ? i + 1 : i;
  // "the Varnos Separatists group": before an organization's head in lowercase, the plural is the group's name.
  const named = /^\p{Ll}/u.test(words[j + 1]?.text ?? '') && ORG_HEADS.has(titleWord(words[j + 1]));
  const to = j > from && !named && DESCRIPTOR_PLURALS.has(titleWord(words[j])) ? j - 1 : j;
  return [from, to];
}

/**
 * "Member of Parliament Dana Varga", "Minister for Culture, Media and Sport Dana Varga": after a
 * lowercase "of", "for" or "and", capitalized dictionary words or a body's head before a given name and a surname
 * end a title's complement written before them; the person's name opens at the given name. Where
 * `from`..`to` opens, so cut.
 */
function afterTitleComplement(words: readonly Word[], from: number, to: number): number {
  // The connector carries on a capitalized run ("Member of", "Media and"), not a sentence's words ("the murder of Pier Paolo Varga").
  const before = words[from - 2];
  if (!/^(?:of|for|and)$/.test(words[from - 1]?.text ?? '') || !before || !/^\p{Lu}/u.test(before.text) || BREAK_PUNCTUATION.test(before.post)) return from;
  let k = from;
  // Not a place's head nor a title's or a courtesy's word, which title-split.ts reads.
  const complement = (w: Word) =>
    /^\p{Lu}/u.test(w.text) &&
    (isDictionaryWord(w.text) || ORG_HEADS.has(titleWord(w))) &&
    !isSaintWord(w.text) &&
    !isGivenName(w.text) &&
    !gazetteerLookup(w.text) &&
    !PLACE_HEADS.has(titleWord(w)) &&
    !titleRunWord(w);
  while (k < to - 1 && complement(words[k] as Word)) k++;
  // Not "… of Lake Charles Street": a place's or a body's head ends no person's name.
  const last = titleWord(words[to]);
  const headed = PLACE_HEADS.has(last) || SURNAME_PLACE_HEADS.has(last) || ORG_HEADS.has(last);
  // Not "North Carolina Rovers": the words across the cut may be a place's name.
  const across = `${words[k - 1]?.text} ${words[k]?.text}`;
  return k > from && isGivenName((words[k] as Word).text) && !headed && !gazetteerLookup(across) ? k : from;
}

/**
 * "Pacific Island nations": a region the gazetteer knows and a place's head in the singular, before
 * a plural noun in lowercase, say what the nations are; they name no one island ("Pacific Islands" would).
 */
function regionBeforeNouns(words: readonly Word[], from: number, to: number): boolean {
  const [region, head, noun] = [words[from] as Word, words[to] as Word, words[to + 1]];
  if (to !== from + 1 || !noun || !/^\p{Ll}/u.test(noun.text) || BREAK_PUNCTUATION.test(head.post)) return false;
  return gazetteerLookup(region.text)?.kind === 'region' && PLACE_HEADS.has(titleWord(head)) && !titleWord(head).endsWith('s') && noun.tags.has('Plural');
}

/**
 * "succeeded as Aga Khan V.", "Malcolm X. The", "in Serie A.": a numeral's letter (or a label's
 * "A") ending a name and its sentence keeps no dot, the sentence's full stop (an initial ends no name).
 */
function closesSentence(words: readonly Word[], from: number, to: number): boolean {
  const [last, next] = [words[to] as Word, words[to + 1]];
  return to > from && /^[AIVX]\.$/.test(last.text) && (!next || opensSentenceAfter(last, next));
}

/**
 * "Secretary of State for Defence", "Minister of Defense of Ukraine": after a title's modifier
 * inside a run a title's head opens, the connector carries the title on to a dictionary word or a
 * place (not "… for Antiquities Zahi Hawass", whose words the title may not tell from the name).
 */
function titleGoesOn(words: readonly Word[], i: number, j: number, after: number): boolean {
  if (!ROLE_MODIFIERS.has(titleWord(words[j])) || !words.slice(i, j).some(titleRunWord)) return false;
  const next = words[after];
  return (
    next !== undefined &&
    ((isDictionaryWord(next.text) && !isGivenName(next.text)) || ROLE_MODIFIERS.has(titleWord(next)) || opensWithPlace(words.slice(after, after + 3)))
  );
}

/**
 * "Intergovernmental Panel on Climate Change", "Committee on the Judiciary": "on" (or "on the")
 * after a body's head carries its name on to its subject, not to a day ("the Council on Monday")
 * nor to a place ("the Council on Peru", talks about it). How many words it carries the name over, or 0.
 */
function onTopic(words: readonly Word[], j: number): number {
  const [head, on] = [words[j] as Word, words[j + 1]];
  const width = words[j + 2]?.text === 'the' ? 2 : 1;
  const after = words[j + 1 + width];
  const topic =
    on?.text === 'on' &&
    TOPIC_HEADS.has(head.text.toLowerCase()) &&
    !words.slice(j + 1, j + 1 + width).some(breaksAfter) &&
    after !== undefined &&
    /^\p{Lu}/u.test(after.text) &&
    !isFunctionWord(after) &&
    !hasTag(after, SKIP_TAGS) &&
    !startsDate(words, j + 1 + width) &&
    !opensWithPlace(words.slice(j + 1 + width, j + 4 + width));
  return topic ? width : 0;
}

/** The candidate names of one sentence, left to right. */
export function chunkSentence(sentence: Sentence): Chunk[] {
  const { words } = sentence;
  if (isAllCaps(words)) return chunkCapsSentence(words);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as Word;
    const previous = words[i - 1];
    const opensSentence = !previous || /["“]$/.test(previous.post) || opensSentenceAfter(previous, word);
    if (!canStart(word, words[i + 1], opensSentence, words[i + 2])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && !breaksAfter(words[j] as Word)) {
      const next = words[j + 1] as Word;
      if (opensSentenceAfter(words[j] as Word, next)) break;
      if (
        (isCapitalized(next) && !hasTag(next, SKIP_TAGS) && !isFunctionWord(next) && !startsDate(words, j + 1)) ||
        attachedParticle(next) ||
        isRegnalNumeral(next)
      ) {
        j++;
        continue;
      }
      // "Harlow & Finch": an ampersand between capitals joins a firm's name.
      const afterAmpersand = words[j + 2];
      if (next.text === '&' && afterAmpersand && isCapitalized(afterAmpersand) && !breaksAfter(next)) {
        j += 2;
        continue;
      }
      // "Department of Health and Social Care": "and" inside an organization's complement, before a dictionary word.
      if (andInComplement(words, i, j) || andInName(words, i, j)) {
        j += 2;
        continue;
      }
      // "Baseball Hall of Fame": "of" inside a name whose head is no organization's.
      const of = ofInName(words, i, j);
      if (of) {
        j = of;
        continue;
      }
      // "Republic of Korea", "Secretary of the Navy": a connector after a head, then a capital.
      const two = `${next.text} ${words[j + 2]?.text ?? ''}`.toLowerCase();
      const width = NAME_CONNECTORS.has(two) ? 2 : NAME_CONNECTORS.has(next.text) ? 1 : 0;
      const after = words[j + 1 + width];
      const particle = NAME_PARTICLES.has(two) || NAME_PARTICLES.has(next.text);
      const heads =
        takesConnector(words[j] as Word) ||
        titleGoesOn(words, i, j, j + 1 + width) ||
        (width === 1 && headsOfComplement(words.slice(i, j + 1), next, words.slice(j + 2, j + 4), j > i || !opensSentence));
      if (width && (heads || particle) && after && isCapitalized(after) && !breaksAfter(next)) {
        j += width + 1;
        continue;
      }
      const topic = onTopic(words, j);
      if (topic) {
        j += topic + 1;
        continue;
      }
      if (i === j && epithetAfter(words, j)) {
        j += 2;
        continue;
      }
      break;
    }
    // "Labor Day", "Valentine’s Day", "Christmas Eve": a holiday's name, not a party's or a person's.
    const after = words[j + 1]?.text ?? '';
    if (!BREAK_PUNCTUATION.test((words[j] as Word).post) && /^\p{Lu}/u.test(after) && HOLIDAY_HEADS.has(after.toLowerCase())) {
      i = j + 2;
      continue;
    }
    const [opening, to] = withoutDescriptors(words, i, j);
    const from = afterTitleComplement(words, opening, to);
    const last = words[to] as Word;
    if (from <= to && !regionBeforeNouns(words, from, to))
      chunks.push({
        words: words.slice(from, to + 1),
        first: from,
        start: (words[from] as Word).start,
        end: last.possessive ? last.end - 2 : closesSentence(words, from, to) ? last.end - 1 : last.end,
      });
    i = j + 1;
  }
  return chunks;
}
