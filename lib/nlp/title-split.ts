/**
 * Splits a title off the front of a candidate name: "U.S. Defense Secretary Lloyd Austin" →
 * title "U.S. Defense Secretary", name "Lloyd Austin". Titles stay outside the name's span, as in
 * CoNLL and AIDA.
 */
import { isAdjective, isDictionaryWord, isGivenName } from './chunk';
import { gazetteerLookup, isDemonym } from './gazetteer';
import { PARTY_MEMBERS } from './non-name-words';
import { PLACE_HEADS } from './place-words';
import { RANKS } from './role-canonical';
import { HONORIFICS, isHyphenatedRole, NAME_SUFFIXES, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_CONNECTORS } from './title-words';
import type { Word } from './tokenize';

/** Lowercase word without dots or possessive: "Dr." → "dr", "Korea’s" → "korea". */
export function bare(word: Word): string {
  return word.text
    .replace(/['’‘]s$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

/** `bare` of the word at `k`, '' past the sentence's ends. */
export const bareAt = (words: readonly Word[], k: number) => (words[k] ? bare(words[k] as Word) : '');

// Role and title rules ask the same sentence's words again and again (each name's title run, each
// word's widths backwards): a sentence's widths are worked out once. They were a twentieth of a
// world build's extraction, most of it keying three-word strings for the demonym lookup.
const widthsOf = new WeakMap<readonly Word[], Int8Array>();
const UNKNOWN = -1;

/** How many words from `i` form a demonym or a place ("South Korean", "U.S."), or 0. */
export function nationalityWidth(words: readonly Word[], i: number): number {
  if (i < 0 || i >= words.length) return 0;
  let widths = widthsOf.get(words);
  if (!widths) {
    widths = new Int8Array(words.length).fill(UNKNOWN);
    widthsOf.set(words, widths);
  }
  if (widths[i] === UNKNOWN) widths[i] = widthAt(words, i);
  return widths[i] as number;
}

function widthAt(words: readonly Word[], i: number): number {
  // The texts of the one, two and three words from i, joined as they grow (this runs at every word).
  const texts: string[] = [];
  for (let k = i; k < Math.min(i + 3, words.length); k++) texts.push(k === i ? (words[k] as Word).text : `${texts.at(-1)} ${(words[k] as Word).text}`);
  for (let width = texts.length; width > 0; width--) {
    const text = texts[width - 1] as string;
    if (isDemonym(text) || gazetteerLookup(text)?.type === 'place') return width;
  }
  return 0;
}

/** How many words ending at `k` are a title's word or a nationality ("South Korean"), or 0. */
export function titleWordWidth(words: readonly Word[], k: number): number {
  const w = bare(words[k] as Word);
  if (ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w)) return 1;
  // a nationality ending at k: try widths backwards ("South Korean", "South Korea’s")
  for (const width of [3, 2, 1]) {
    if (k - width + 1 >= 0 && nationalityWidth(words, k - width + 1) === width) return width;
  }
  return 0;
}

/** True for words that are generational suffixes only, one or more ("Jr.", "III"): no name alone. */
export const onlySuffixes = (words: readonly Word[]) => words.length > 0 && words.every((w) => NAME_SUFFIXES.has(bare(w)));

/** How many words from `i` form a demonym, a place or an organization the gazetteer knows ("U.S.", "United Nations"), or 0. */
const ownerWidth = (words: readonly Word[], i: number) => nationalityWidth(words, i) || organizationWidth(words, i);

/** A demonym made a noun: "Dutchwoman", "Frenchman", "Irishmen". */
const isDemonymNoun = (word: string) => {
  const stem = /^(\p{Lu}\p{Ll}+?)(?:wo)?m[ae]n$/u.exec(word)?.[1];
  return stem !== undefined && isDemonym(stem);
};

/** How many opening words of `words` form a demonym ("Canadian", "South African"), or 0. */
function demonymWidth(words: readonly Word[]): number {
  for (const width of [3, 2, 1]) {
    const part = words.slice(0, width);
    if (part.length === width && isDemonym(part.map((w) => w.text).join(' '))) return width;
  }
  return 0;
}

/**
 * How many opening words of `words` are a place or an organization the gazetteer knows glued
 * before a person's given name and surname ("Palestine Mahmoud Abbas", "United Nations Paul
 * Heinbecker"), or 0. Not when the place's name may be a given name itself ("Austin Lloyd Smith").
 */
function gluedOwnerWidth(words: readonly Word[]): number {
  const width = ownerWidth(words, 0);
  const last = bare(words.at(-1) as Word);
  if (!width || words.length - width < 2 || isGivenName((words[0] as Word).text) || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return 0;
  const given = words[width] as Word;
  return isGivenName(given.text) && gazetteerLookup(words.map((w) => w.text).join(' ')) === undefined ? width : 0;
}

/** How many words from `i` form an organization the gazetteer knows ("United Nations", "World Bank"), or 0. */
export function organizationWidth(words: readonly Word[], i: number): number {
  for (const width of [4, 3, 2, 1]) {
    const part = words.slice(i, i + width);
    if (part.length === width && gazetteerLookup(part.map((w) => w.text).join(' '))?.type === 'organization') return width;
  }
  return 0;
}

/**
 * How many opening words of `words` describe the person a given name and a surname end it with:
 * a demonym and one more word ("Chilean Jesuit Alberto Hurtado"). 0 when there is no such person,
 * or the run ends in a place's or an organization's head.
 */
function descriptionWidth(words: readonly Word[], demonym: number): number {
  const last = bare(words.at(-1) as Word);
  if (!demonym || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return 0;
  const given = words[demonym + 1];
  return words.length - demonym >= 3 && given && isGivenName(given.text) ? demonym + 1 : 0;
}

export interface TitleSplit {
  /** Words of the title, empty when there is none. */
  title: Word[];
  /** True when the title holds a role head ("Minister"), not only a courtesy title ("Dr."). */
  isRole: boolean;
  name: Word[];
}

/**
 * "Culture" of "Minister of Culture Dana Varga", "Commission" of "President of the European
 * Commission Kaja Lind", "and Research" of "Minister of Education and Research": a capitalized
 * dictionary word, a body's head or a plural (or "and" before one) in a title's complement, no
 * given name, with two words after it for a person's name, or only such words after it
 * ("Minister of State for Disaster Management": no name).
 */
function complementWord(words: readonly Word[], k: number): boolean {
  const last = bare(words.at(-1) as Word);
  // "Director of the Northern Fisheries Agency": a run a body's or a place's head ends names no person.
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  const plain = (word: Word) => {
    const w = bare(word);
    return (
      /^\p{Lu}/u.test(word.text) &&
      (isDictionaryWord(w) || ORG_HEADS.has(w) || word.tags.has('Plural')) &&
      !isGivenName(word.text) &&
      !word.tags.has('FirstName')
    );
  };
  const word = words[k] as Word;
  if (!(word.text === 'and' ? words[k + 1] && plain(words[k + 1] as Word) : plain(word))) return false;
  return k <= words.length - 3 || words.slice(k).every((w) => w.text === 'and' || plain(w));
}

/**
 * How many words from `i` carry a title on after its head: "of the United States", "for Foreign
 * Affairs", "of State". The connector and "the" are always title words, so a name that follows
 * ("of the Central Intelligence Agency") never opens with them. 0 when `i` holds no connector.
 */
function titleTailWidth(words: readonly Word[], i: number): number {
  if (!TITLE_CONNECTORS.has(words[i]?.text ?? '')) return 0;
  let k = i + 1;
  if (words[k]?.text === 'the') k++;
  let unit = k;
  /** Where the last run of plain complement words ("Communist" of "the Communist Party") opened, or -1. */
  let plain = -1;
  while (k < words.length) {
    // "Secretary-General of the United Nations Kofi Annan": a known organization is the complement too.
    const modifier = ROLE_MODIFIERS.has(bare(words[k] as Word));
    const width = modifier ? 1 : ownerWidth(words, k);
    // "President of Valdoria Vladimir Petrov": after the complement's first words, a town named like a given name opens the person's name.
    if (width && k > unit && k < words.length - 1 && isGivenName((words[k] as Word).text)) break;
    const isPlain = !width && complementWord(words, k);
    if (!width && !isPlain) break;
    if (!isPlain && !ORG_HEADS.has(bare(words[k] as Word))) plain = -1;
    else if (plain < 0) plain = k;
    unit = k;
    k += width || 1;
  }
  // "Director of the Northern Fisheries Agency": plain words that end in an adjective are the next name's first ones.
  if (plain >= 0 && isAdjective(bare(words[k - 1] as Word))) k = plain;
  // "Chancellor of the Exchequer Rachel Reeves", "Speaker of the House of Representatives Dana
  // Hollis": the title's complement runs to a given name that opens the two or more last words.
  if (k < words.length && !isGivenName((words[k] as Word).text)) {
    const given = words.findIndex((w, at) => at > k && at < words.length - 1 && isGivenName(w.text));
    if (given > 0) return given - i;
  }
  if (TITLE_CONNECTORS.has(words[k]?.text ?? '')) {
    const head = bare(words[unit] as Word);
    // "Secretary of State for Northern Ireland", "Minister of Foreign Affairs of Pakistan": after a title's modifier the connector carries the title on.
    if (ROLE_MODIFIERS.has(head) && !ORG_HEADS.has(head)) return k - i + titleTailWidth(words, k);
    // "Speaker of the House of Representatives", "… of the Communist Party of China": a body's name opens at its head, or the plain words before it.
    return (plain >= 0 ? plain : unit) - i;
  }
  return k - i;
}

/** "Medical Council", "Kessel Mosque", "Assembly of the Union": words a body's or a place's head ends, or carries on over "of". */
function headsName(name: readonly Word[]): boolean {
  if (name.length < 2) return false;
  const of = name.findIndex((w) => w.text === 'of');
  const head = bare(name[of > 0 ? of - 1 : name.length - 1] as Word);
  // Not "Chairman Federal Reserve": a name the gazetteer knows stands alone after the title.
  return (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) && !gazetteerLookup(name.map((w) => w.text).join(' '));
}

/** "Major Dana Varga", "Brig. Tavo Quent": a military rank before a given name is the person's title, no word of the name. */
const rankBeforeName = (words: readonly Word[], i: number) => RANKS.has(bare(words[i] as Word)) && isGivenName((words[i + 1] as Word).text);

/** Splits `words` (a capitalized run) into a leading title and the name after it; a run that is all title has no name. */
export function splitTitle(words: readonly Word[]): TitleSplit {
  let titleEnd = -1;
  let isRole = false;
  let complement = false;
  let i = 0;
  while (i < words.length - 1) {
    const w = bare(words[i] as Word);
    const head = ROLE_HEADS.has(w) || isHyphenatedRole(w) || rankBeforeName(words, i);
    if (head || HONORIFICS.has(w)) {
      isRole ||= head;
      titleEnd = i++;
      const tail = head ? titleTailWidth(words, i) : 0;
      complement ||= tail > 0;
      i += tail;
      titleEnd += tail;
      continue;
    }
    // "Speaker of the United States House of Representatives Dana Hollis": a modifier right after a
    // title carries it on over a connector and its complement (not "Head of the House of Kessel", a body's name).
    const carried = ROLE_MODIFIERS.has(w) && i > 0 && titleEnd === i - 1 ? titleTailWidth(words, i + 1) : 0;
    const carriedLast = (words[i + carried] as Word | undefined)?.text ?? '';
    if (carried && carriedLast !== 'the' && !TITLE_CONNECTORS.has(carriedLast)) {
      complement = true;
      titleEnd = i + carried;
      i += carried + 1;
      continue;
    }
    const width = ROLE_MODIFIERS.has(w) ? 1 : nationalityWidth(words, i);
    if (!width) break;
    i += width;
  }
  if (titleEnd < 0) {
    // "Canadian John Ridsdel": a demonym before a given name and a surname says where the person is from.
    const demonym = demonymWidth(words);
    const given = words[demonym];
    if (demonym && words.length - demonym >= 2 && given && isGivenName(given.text))
      return { title: words.slice(0, demonym), isRole: false, name: words.slice(demonym) };
    const described = descriptionWidth(words, demonym);
    if (described) return { title: words.slice(0, described), isRole: false, name: words.slice(described) };
    // "Dutchwoman Anna van Doorn": a demonym made a noun is no word of a name ("Frenchmen Street" ends in a place's head);
    // nor a party's member before a given name ("Republican Dana Hollis").
    const last = bare(words.at(-1) as Word);
    const first = words[0] as Word;
    const member = PARTY_MEMBERS.has(bare(first)) && words.length > 2 && isGivenName((words[1] as Word).text);
    if (words.length > 1 && (isDemonymNoun(first.text) || member) && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last)) {
      // "Scotsman Sir Fraser Stoddart": a title may follow.
      const rest = splitTitle(words.slice(1));
      return { title: [first, ...rest.title], isRole: rest.isRole, name: rest.name };
    }
    const owner = gluedOwnerWidth(words);
    if (owner) return { title: words.slice(0, owner), isRole: false, name: words.slice(owner) };
    return { title: [], isRole: false, name: [...words] };
  }
  const name = words.slice(titleEnd + 1);
  // "King Jr.": a title word before a generational suffix alone is a surname.
  if (onlySuffixes(name)) return { title: [], isRole: false, name: [...words] };
  // "Premier League", "General Assembly": a title word before an organization's head alone is a word of the organization's name.
  // So is one title word opening a body's or a place's name its head ends ("General Medical Council", "Imam Kessel Mosque",
  // "General Assembly of the Union"): the sentence writes the name whole, named after no bearer of the title.
  if ((name.length === 1 && ORG_HEADS.has(bare(name[0] as Word))) || (titleEnd === 0 && !complement && headsName(name)))
    return { title: [], isRole: false, name: [...words] };
  // "High Commissioner for Human Rights": after a title's connector, words of the dictionary only are still the title.
  if (complement && name.every((w) => isDictionaryWord(bare(w)))) return { title: [...words], isRole, name: [] };
  // "Justice and Equality Movement": a title word joined by "and" is a word of an organization's name its head ends.
  // Elsewhere the "and" is no word of the name after the title ("Justice and Development Party of …").
  if (name[0]?.text === 'and') {
    if (ORG_HEADS.has(bare(words.at(-1) as Word))) return { title: [], isRole: false, name: [...words] };
    return { title: words.slice(0, titleEnd + 1), isRole, name: name.slice(1) };
  }
  return { title: words.slice(0, titleEnd + 1), isRole, name };
}

/**
 * Places and organizations named inside a title ("U.S." in "U.S. Defense Secretary", "United
 * Nations" in "Secretary-General of the United Nations"), as [first, last] word indexes: mentions of their own.
 */
export function namesInTitle(title: readonly Word[]): [number, number][] {
  const names: [number, number][] = [];
  for (let i = 0; i < title.length; i++) {
    const width = nationalityWidth(title, i) || organizationWidth(title, i);
    if (!width) continue;
    const text = title
      .slice(i, i + width)
      .map((w) => w.text)
      .join(' ');
    if (gazetteerLookup(text)) names.push([i, i + width - 1]);
    i += width - 1;
  }
  return names;
}
