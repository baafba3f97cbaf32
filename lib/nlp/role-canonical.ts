/**
 * One spelling per role: "Zimbabwean president", "Zimbabwe's President" and "President of
 * Zimbabwe" are all "President of Zimbabwe"; "former U.S. president" is "Former President of the
 * United States". What a role says about time is kept as its qualifier (former, acting, -elect,
 * candidate); words that only say the role is current at the article's date ("new", "outgoing",
 * "then") are dropped, since the article's date says it. Text that is no role (a clause the
 * extractor ran into: "and President of Belarus …", "son of …", "according to …") gives null.
 */
import { countryOfAdjective, gazetteerLookup } from './gazetteer';
import { ENDED_BEFORE } from './role-time-words';
import { ROLE_HEADS, ROLE_MODIFIERS, ROLE_NEVER_FIRST } from './title-words';

/** What a role says about when it is held, relative to the article's date. */
export type RoleQualifier = 'former' | 'acting' | 'elect' | 'candidate';

export interface CanonicalRole {
  /** The display form: "President of Zimbabwe", "Former President of the United States". */
  text: string;
  /** The title alone, lowercased ("president"): a role with no country joins one with. */
  title: string;
  country: string | null;
  qualifier: RoleQualifier | null;
}

/** Words in front of a title that say when it is held, and what they mean. */
const QUALIFIER_WORDS: ReadonlyMap<string, RoleQualifier | null> = new Map([
  ['former', 'former'],
  ['ex', 'former'],
  ['acting', 'acting'],
  ['interim', 'acting'],
  ['incoming', 'elect'],
  ['designate', 'elect'],
  ['new', null],
  ['outgoing', null],
  ['then', null],
  ['longtime', null],
  ['current', null],
  ['sitting', null],
  // "late", "ousted", "deposed": the holder no longer holds it.
  ...[...ENDED_BEFORE].map((w) => [w, 'former'] as const),
]);

/** Titles news abbreviates, written out: "PM" is the "Prime Minister" of the same country, "Rep." a "Representative". */
const ABBREVIATED_TITLES: ReadonlyMap<string, string> = new Map([
  ['pm', 'Prime Minister'],
  ['rep', 'Representative'],
  ['sen', 'Senator'],
  ['gov', 'Governor'],
]);
const ABBREVIATED_TITLE = new RegExp(`\\b(?:${[...ABBREVIATED_TITLES.keys()].join('|')})\\b\\.?`, 'gi');

/** "candidate for President", "presidential candidate". */
const CANDIDATE = /^(?:(?:a|the)\s+)?(?:candidate|nominee|contender)\s+for\s+(?:the\s+)?(?:post\s+of\s+)?/i;
const ELECT = /[-\s]elect$/i;
const MAX_ROLE_WORDS = 9;
/** Words that join clauses: a role holding one ran past its end. */
const CLAUSE_WORDS = /\s(?:with|who|which|that|said|says|saying|according|after|before|while|as)\s/i;
/** "and" opening the text or joining a second role: two roles (or two people) read as one. */
const AND_ANOTHER_ROLE = new RegExp(`^and\\s|\\sand\\s+(?:\\S+\\s+)?(?:${[...ROLE_HEADS].join('|')})\\b`, 'i');

/** Country names written with "the": "the United States", "the Philippines". */
const WITH_ARTICLE =
  /^(?:United\b|Czech Republic|Dominican Republic|Central African Republic|Philippines|Netherlands|Bahamas|Maldives|Comoros|Seychelles|Gambia|Vatican|Soviet Union|Marshall Islands|Solomon Islands)/;
const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'to', 'in', 'on', 'at']);

const titleCase = (words: readonly string[]) =>
  words.map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');

const withArticle = (country: string) => (WITH_ARTICLE.test(country) ? `the ${country}` : country);

/** A qualifier word at the front of a role; "New" capitalized opens a place ("New York Senator"). */
const isQualifier = (word: string | undefined) => word !== undefined && word !== 'New' && QUALIFIER_WORDS.has(word.toLowerCase());

const isHead = (word: string) => ROLE_HEADS.has(word.toLowerCase());
// "New" capitalized opens a place ("New York Senator"), as in isQualifier.
const isTitleWord = (w: string) => w !== 'New' && (isHead(w) || ROLE_MODIFIERS.has(w.toLowerCase()));

/** Words a title's complement opens with ("Secretary of State", "Envoy to India", "adviser on Asia"). */
const COMPLEMENT_WORDS = new Set(['of', 'for', 'to', 'on', 'at', 'in']);

/**
 * The country named by a role's opening words ("U.S.", "South Korean", "Israel's"), and how many
 * words it took; none when the next word goes on naming a place ("Mexico City Mayor").
 */
function leadingCountry(words: readonly string[]): { country: string; width: number } | null {
  for (const width of [3, 2, 1]) {
    const next = words[width];
    if (next === undefined || !(isTitleWord(next) || isQualifier(next))) continue;
    const phrase = words
      .slice(0, width)
      .join(' ')
      .replace(/['’]s$/, '');
    const entry = gazetteerLookup(phrase);
    const country = entry?.kind === 'country' ? entry.name : countryOfAdjective(phrase);
    if (country) return { country, width };
  }
  return null;
}

/** The country closing a role ("of Zimbabwe", "of the United States"), and how many words it took. */
function trailingCountry(words: readonly string[]): { country: string; width: number } | null {
  // Widths count a leading "the": "of the United States of America" is five words.
  for (const width of [5, 4, 3, 2, 1]) {
    const at = words.length - width;
    if (at < 2 || words[at - 1]?.toLowerCase() !== 'of') continue;
    const phrase = words
      .slice(at)
      .join(' ')
      .replace(/^the\s+/i, '');
    const entry = gazetteerLookup(phrase);
    if (entry?.kind === 'country') return { country: entry.name, width: width + 1 };
  }
  return null;
}

/** Drops the qualifier words at the front of `words`, returning what they said and what is left. */
function stripQualifiers(words: string[], qualifier: RoleQualifier | null): [string[], RoleQualifier | null] {
  let rest = words;
  let said = qualifier;
  for (let w = rest[0]; isQualifier(w); w = rest[0]) {
    said = QUALIFIER_WORDS.get((w as string).toLowerCase()) ?? said;
    rest = rest.slice(1);
  }
  return [rest, said];
}

/** True when a capitalized word that is no title word follows a title word directly: a name the extractor ran into ("Vice President Dick Cheney"). */
function namesSomeoneAfter(words: readonly string[]): boolean {
  return words.some((w, i) => {
    const next = words[i + 1];
    return isTitleWord(w) && next !== undefined && !isTitleWord(next) && !COMPLEMENT_WORDS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
  });
}

/** The canonical form of one role as the corpus wrote it, or null when it is no role. */
export function canonicalRole(raw: string): CanonicalRole | null {
  let text = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(ABBREVIATED_TITLE, (w) => ABBREVIATED_TITLES.get(w.replace(/\.$/, '').toLowerCase()) ?? w);
  if (!text || /\d/.test(text) || CLAUSE_WORDS.test(` ${text} `) || AND_ANOTHER_ROLE.test(text)) return null;
  let qualifier: RoleQualifier | null = null;
  const candidate = CANDIDATE.exec(text);
  if (candidate) {
    qualifier = 'candidate';
    text = text.slice(candidate[0].length);
  }
  if (ELECT.test(text)) {
    qualifier = 'elect';
    text = text.replace(ELECT, '');
  }
  const [words, said] = stripQualifiers(text.replace(/^ex-/i, 'ex ').split(' '), qualifier);
  qualifier = said;
  const first = words[0];
  if (!first || words.length > MAX_ROLE_WORDS || !words.some(isHead)) return null;
  const leading = leadingCountry(words);
  const lowerFirst = first.toLowerCase();
  const opensRole = isHead(first) || (ROLE_MODIFIERS.has(lowerFirst) && !ROLE_NEVER_FIRST.has(lowerFirst));
  // A lowercase opening word that is no title word is the tail of something else: "son of …", "force President".
  if (/^\p{Ll}/u.test(first) && !opensRole && !leading) return null;
  let titleWords = leading ? words.slice(leading.width) : words;
  [titleWords, qualifier] = stripQualifiers(titleWords, qualifier);
  const trailing = leading ? null : trailingCountry(titleWords);
  if (trailing) titleWords = titleWords.slice(0, titleWords.length - trailing.width);
  // A title cut off before its complement ("Governor of", "Minister for the") says nothing.
  const end = titleWords.at(-1)?.toLowerCase() ?? '';
  if (!titleWords.some(isHead) || namesSomeoneAfter(titleWords) || COMPLEMENT_WORDS.has(end) || end === 'the') return null;
  const country = leading?.country ?? trailing?.country ?? null;
  const title = `${titleCase(titleWords)}${qualifier === 'elect' ? '-elect' : ''}`;
  // "Secretary of State of the United States" reads badly: a title with its own "of" takes the country in front.
  const held = country === null ? title : titleWords.some((w) => w.toLowerCase() === 'of') ? `${country} ${title}` : `${title} of ${withArticle(country)}`;
  const prefix = qualifier === 'former' ? 'Former ' : qualifier === 'acting' ? 'Acting ' : qualifier === 'candidate' ? 'Candidate for ' : '';
  return { text: `${prefix}${held}`, title: title.toLowerCase(), country, qualifier };
}
