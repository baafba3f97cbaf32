/**
 * One spelling per role: "Zimbabwean president", "Zimbabwe's President" and "President of
 * Zimbabwe" are all "President of Zimbabwe"; "former U.S. president" is "Former President of the
 * United States"; "Ohio Governor" is "Governor of Ohio", "Minister of Education" the "Education
 * Minister", "Leader of the Opposition" the "Opposition Leader". What a role says about time is kept as its qualifier (former, acting, -elect,
 * candidate); words that only say the role is current at the article's date ("new", "outgoing",
 * "then") are dropped, since the article's date says it. Text that is no role (a clause the
 * extractor ran into: "and President of Belarus …", "son of …", "according to …") gives null.
 */
// Cards group roles when they are asked for: only static word lists here, never compromise's lexicon, which a
// card after a worker's restart would otherwise build first (tests/e2e/kb-load-timing.test.ts).
import { cityOfState } from './city-state';
import { adjectiveOfCountry } from './country-adjective';
import ROLE_WORDS from './data/role-words.json';
import { isLowercaseEnglishWord } from './english-words';
import { countryNamed, countryOfAdjective, type GazetteerEntry, gazetteerLookup, isDemonym, isUsState } from './gazetteer';
import { ENDED_BEFORE, HEAD_OFFICES, NO_COUNTRY_OFFICES, SOLE_OFFICES } from './role-time-words';
import { HONORIFICS, isHyphenatedRole, isNameParticle, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_NEVER_FIRST } from './title-words';

/** What a role says about when it is held, relative to the article's date. */
export type RoleQualifier = 'former' | 'acting' | 'elect' | 'candidate';

export interface CanonicalRole {
  /** The display form: "President of Zimbabwe", "Former President of the United States". */
  text: string;
  /** The title alone, lowercased ("president"): a role with no country joins one with. */
  title: string;
  country: string | null;
  /** The place the office is of: its country, or a state or city ("Governor of Ohio", "Mayor of Mexico City"), or a body the gazetteer knows ("NATO"). */
  place: string | null;
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

/** True for a word in front of a title that says when it is held ("former", "acting", "new"), no part of the title. */
export const saysWhenHeld = (word: string) => QUALIFIER_WORDS.has(word.toLowerCase());

/** Titles news abbreviates, written out: "PM" is the "Prime Minister" of the same country, "Rep." a "Representative", "Gen." a "General". */
const ABBREVIATED_TITLES: ReadonlyMap<string, string> = new Map([
  ['pm', 'Prime Minister'],
  ['rep', 'Representative'],
  ['sen', 'Senator'],
  ['gov', 'Governor'],
  // Military ranks: "Lt. Col." is a "Lieutenant Colonel".
  ['gen', 'General'],
  ['lt', 'Lieutenant'],
  ['col', 'Colonel'],
  ['maj', 'Major'],
  ['capt', 'Captain'],
  ['sgt', 'Sergeant'],
  ['cpl', 'Corporal'],
  ['pvt', 'Private'],
  ['adm', 'Admiral'],
]);
const ABBREVIATED_TITLE = new RegExp(`\\b(?:${[...ABBREVIATED_TITLES.keys()].join('|')})\\b\\.?`, 'gi');

/** "candidate for President", "presidential candidate". */
const CANDIDATE = /^(?:(?:a|the)\s+)?(?:candidate|nominee|contender)\s+for\s+(?:the\s+)?(?:post\s+of\s+)?/i;
const ELECT = /[-\s]elect$/i;
const ELECT_INSIDE = /-elect(?=\s)/i;
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
 * True when "and" joins two roles the extractor read as one: a whole title before it ("Senator and
 * Actor of …"), or a second role opening after it with a word of its own ("… of the Opposition and
 * Former Prime Minister", "… and an American Citizen", "… and Valdoria's Top Official"). A
 * portfolio's "and" comes after its complement: "Minister of Trade and Industry".
 */
function gluesTwoRoles(words: readonly string[]): boolean {
  const at = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'and');
  if (at < 0) return false;
  const before = words.slice(0, at);
  const next = words[at + 1] ?? '';
  const wholeTitleBefore = isHead(before.at(-1) as string) && !before.some((w) => COMPLEMENT_WORDS.has(w.toLowerCase()));
  const ownOpening = /^(?:a|an|ex-.+)$/i.test(next) || isQualifier(next) || words.slice(at + 1).some((w) => /['’]s$/.test(w));
  return wholeTitleBefore || ownOpening;
}

/** A place an office can be of, as written: a country, or a state, region or city. */
interface Place {
  name: string;
  country: boolean;
}

/**
 * The place `phrase` names: a country (also by the short form of an official name the gazetteer
 * keeps, "Turkey" of "Republic of Turkey", so one country under two names is one), a US state,
 * or a city whose name is not only English words ("Mexico City"; not "Reading", "House").
 */
function placeNamed(phrase: string): Place | null {
  const city = cityOfState(phrase);
  if (city) return { name: city, country: false };
  const entry: GazetteerEntry | undefined = gazetteerLookup(phrase) ?? gazetteerLookup(`Republic of ${phrase}`);
  if (entry?.kind === 'country') return { name: entry.name, country: true };
  if (entry?.type !== 'place' || !/^\p{Lu}/u.test(phrase)) return null;
  // Not a region: "Middle East Envoy" is no office of a place.
  const placeLike = entry.kind === 'city' && (isUsState(entry.name) || !phrase.split(' ').every(isLowercaseEnglishWord));
  return placeLike ? { name: entry.name, country: false } : null;
}

/** The city of a "City, State" phrase as a place. */
function cityPlace(phrase: string): Place | null {
  const city = cityOfState(phrase);
  return city ? { name: city, country: false } : null;
}

/** A country named in the plural whose adjective is the singular: "Philippine" of the Philippines. */
function pluralCountry(phrase: string): string | undefined {
  const entry = /^\p{Lu}.*[^s]$/u.test(phrase) ? gazetteerLookup(`${phrase}s`) : undefined;
  return entry?.kind === 'country' ? entry.name : undefined;
}

/**
 * The country or place named by a role's opening words ("U.S.", "South Korean", "Israel's",
 * "Ohio", "Mexico City"), and how many words it took.
 */
function leadingPlace(words: readonly string[]): { place: Place; width: number } | null {
  // "South Bend, Indiana" takes up to five words.
  for (const width of [5, 4, 3, 2, 1]) {
    const next = words[width];
    if (next === undefined || !(isTitleWord(next) || isQualifier(next))) continue;
    const phrase = words
      .slice(0, width)
      .join(' ')
      .replace(/['’]s$/, '');
    const adjective = width > 3 ? undefined : (countryOfAdjective(phrase) ?? pluralCountry(phrase));
    const place = adjective ? { name: adjective, country: true } : width > 3 ? cityPlace(phrase) : placeNamed(phrase);
    if (place) return { place, width };
  }
  return null;
}

/** Words of a name the extractor ran into after a role: "Vladimir", "Zine El Abidine". */
const MAX_NAME_RUN = 3;

/**
 * The country or place closing a role ("of Zimbabwe", "of the United States", "from Ohio"), and
 * how many words it took, with a name, title or honorific the extractor ran into after it
 * ("President of Russia Vladimir", "President of Valdoria Ana Maria Lopes", "President of Pakistan General").
 */
function trailingPlace(words: readonly string[]): { place: Place; width: number } | null {
  // A capitalized word of no English is a name's (a given name): cut only when the words before it close on a place.
  const ranInto = (w: string | undefined) =>
    w !== undefined && ((/^\p{Lu}/u.test(w) && !isLowercaseEnglishWord(w)) || isHead(w) || HONORIFICS.has(listForm(w)));
  // A name's first word may be an English word too ("Zine El Abidine"); the rest are no body's ("Pacific Fleet",
  // "People's Republic", "City F.C").
  const attached = (w: string) => w.includes('-') && isNameParticle(w.split('-')[0]?.toLowerCase() ?? '');
  const named = (w: string) => (ranInto(w) || attached(w)) && !/['’]s$|\./.test(w) && !ORG_HEADS.has(listForm(w));
  const opensName = (w: string) => named(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS.has(listForm(w)) && !ROLE_MODIFIERS.has(listForm(w)));
  let run = 0;
  while (run < MAX_NAME_RUN && named(words.at(-run - 1) ?? '')) run++;
  // One word it ran into, as "D.C" of "Washington D.C"; an English word opening a name only before two of a name's
  // words, or one with a name's particle ("Zine al-Abidine").
  const nameBefore = run >= 2 || attached(words.at(-run) ?? '');
  const opened = nameBefore && run < MAX_NAME_RUN && opensName(words.at(-run - 1) ?? '') ? 1 : 0;
  const tails = run === 0 && ranInto(words.at(-1)) ? [0, 1] : Array.from({ length: run + opened + 1 }, (_, k) => k);
  for (const tail of tails) {
    const end = words.length - tail;
    // Widths count a leading "the": "of the United States of America" is five words, "of the Democratic Republic of the
    // Congo" six (narrower, "the Congo" would leave "President of the Democratic Republic").
    for (const width of [6, 5, 4, 3, 2, 1]) {
      const at = end - width;
      const connector = words[at - 1]?.toLowerCase();
      // "Governor of the Bank of Greece": the country is the body's, and the office the bank's.
      if (at < 2 || (connector !== 'of' && connector !== 'from') || ORG_HEADS.has(words[at - 2]?.toLowerCase() ?? '')) continue;
      const phrase = words.slice(at, end).join(' ');
      const place = placeNamed(phrase.replace(/^the\s+/i, ''));
      // "of the Pakistan Taliban": a country named with "the" that takes none opens a body's name, not a name run into.
      const opensBody = tail > 0 && /^the\s/i.test(phrase) && place?.country === true && !WITH_ARTICLE.test(place.name);
      if (place && !opensBody && (connector === 'of' || !place.country)) return { place, width: width + 1 + tail };
    }
  }
  return null;
}

/**
 * A country opening a body's name in the complement: "Chairman of the U.S. Federal Reserve" is an
 * office of the United States, written as it is: the country cut out and put in front read as
 * another body ("Palestine President of the Authority" of "President of the Palestinian Authority").
 */
function countryInComplement(words: readonly string[]): { place: Place } | null {
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  const from = words[of + 1]?.toLowerCase() === 'the' ? of + 2 : of + 1;
  if (of < 1) return null;
  for (const width of [3, 2, 1]) {
    const rest = words.slice(from + width);
    // The rest is a body's name ("Federal Reserve"), not the rest of a place's ("British Columbia").
    const body = rest.every((w) => /^\p{Lu}/u.test(w)) && ORG_HEADS.has(rest.at(-1)?.toLowerCase() ?? '');
    if (!body) continue;
    const phrase = words.slice(from, from + width).join(' ');
    const country = countryNamed(phrase);
    if (country) return { place: { name: country, country: true } };
  }
  return null;
}

/**
 * The organization the gazetteer knows by `phrase` ("ECB", "United Nations"), by its own name;
 * else null. Not by one English word ("Fed"), nor a party's.
 */
function bodyNamed(phrase: string): string | null {
  const entry = phrase.includes(' ') || !isLowercaseEnglishWord(phrase) ? gazetteerLookup(phrase) : undefined;
  // Capitalized, or lowercase as the name itself is written ("al-Qaeda").
  const written = /^\p{Lu}/u.test(phrase) || entry?.name === phrase || entry?.aliases.includes(phrase) === true;
  // A party's name is many countries' ("Labour Party" in Britain, New Zealand, Ireland, and inside "Social Democratic and Labour Party").
  const party = entry?.name.toLowerCase().endsWith(' party') === true;
  return entry?.type === 'organization' && written && !party ? entry.name : null;
}

/**
 * True when `words` name a body by its head, as the gazetteer need not know it: two to four
 * capitalized words ending in an organization's head ("European Commission", "Arab League"). Not
 * a head that is a title's word too ("White House Press"), nor a party's ("Labour Party", many countries').
 */
export function namesBodyByHead(words: readonly string[]): boolean {
  const head = words.at(-1)?.toLowerCase() ?? '';
  if (words.length < 2 || words.length > 4 || !ORG_HEADS.has(head) || ROLE_MODIFIERS.has(head)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) && w !== 'The' && !isHead(w));
}

/** An acronym a body goes by ("FIFA", "ANC"): capitals only, two to six. */
export const BODY_ACRONYM = /^\p{Lu}{2,6}$/u;

/** The body `words` name: by the gazetteer (bodyNamed), else by its head or its acronym ("IOC President"). */
function bodyIn(words: readonly string[]): string | null {
  const acronym = words.length === 1 && BODY_ACRONYM.test(words[0] as string) && !isHead(words[0] as string);
  return bodyNamed(words.join(' ')) ?? (namesBodyByHead(words) || acronym ? words.join(' ') : null);
}

/**
 * The body a title is of, when the gazetteer knows it or its head says it is one: before the title ("ECB President", "UN
 * Secretary General") or after it ("Secretary General of NATO"), with the title's words left.
 */
function bodyOf(words: readonly string[]): { body: string; words: string[] } | null {
  for (const width of [4, 3, 2, 1]) {
    const next = words[width];
    const body = next !== undefined && isTitleWord(next) ? bodyIn(words.slice(0, width)) : null;
    // "UN General" (of "UN General Assembly") names a rank at most, no office.
    if (body && words.slice(width).some((w) => isHead(w) && !RANKS.has(w.toLowerCase()))) return { body, words: words.slice(width) };
  }
  for (const width of [4, 3, 2, 1]) {
    const at = words.length - width;
    const the = words[at - 1]?.toLowerCase() === 'the' ? 1 : 0;
    const before = words[at - the - 2];
    if (words[at - the - 1]?.toLowerCase() !== 'of' || before === undefined || !isTitleWord(before)) continue;
    const body = bodyIn(words.slice(at));
    if (body) return { body, words: words.slice(0, at - the - 1) };
  }
  return null;
}

/** Drops the qualifier words at the front of `words`, returning what they said and what is left. */
function stripQualifiers(words: string[], qualifier: RoleQualifier | null): [string[], RoleQualifier | null] {
  let rest = words;
  let said = qualifier;
  // "New" capitalized before a nationality, a country's acronym or a title word opens no place: "New Norwegian Prime
  // Minister", "New US Envoy", "New President of …" (a sentence's first word). Not "New Guinea".
  const opensNoPlace = (next: string) =>
    countryOfAdjective(next) !== undefined || (/^[\p{Lu}.]+$/u.test(next) && countryNamed(next) !== undefined) || isTitleWord(next);
  const newBefore = (next: string | undefined) => rest[0] === 'New' && next !== undefined && opensNoPlace(next);
  // "First" before a head's office tells who held it first, not a title: "the first President of …"
  // is its President ("Former First President" read as nothing). "First Minister", "First Vice President" are titles,
  // and "First Leader" is of a party named "… First".
  const headOffice = (n: number) => {
    const office = rest
      .slice(1, n + 1)
      .join(' ')
      .toLowerCase();
    return office !== 'leader' && HEAD_OFFICES.has(office);
  };
  const firstHolder = () => rest[0]?.toLowerCase() === 'first' && (headOffice(1) || headOffice(2));
  for (let w = rest[0]; isQualifier(w) || newBefore(rest[1]) || firstHolder(); w = rest[0]) {
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

/** Titles held for a place by someone it elects to a national body: "Senator from Ohio", not "of". */
const FROM_TITLES: ReadonlySet<string> = new Set(ROLE_WORDS.fromTitles);

/** Titles a nationality describes, no office of the country: an "Italian journalist" is no "Journalist of Italy". */
const NATIONALITY_TITLES: ReadonlySet<string> = new Set(ROLE_WORDS.nationalityTitles);
/** Words of a service a rank is of: "Army Lieutenant General", "Air Force Colonel". */
const SERVICE_WORDS: ReadonlySet<string> = new Set(ROLE_WORDS.serviceWords);

/**
 * True when `words` are a military rank, of a service or not ("Lieutenant General", "Army
 * Sergeant"): a nationality describes it, as a title of a country's many ("Russian General").
 * Not a captain alone: in sports news, a national team's ("Captain of Valdoria").
 */
function isRank(words: readonly string[]): boolean {
  const forms = words.map(listForm);
  const ofRanks = forms.every((w) => RANKS.has(w) || RANK_OPENERS.has(w) || SERVICE_WORDS.has(w));
  return ofRanks && forms.some((w) => RANKS.has(w)) && forms.join(' ') !== 'captain';
}

/**
 * The country in front of a title as its adjective ("Filipino Senator", "Iranian Speaker of the
 * Parliament"), where its name there reads as a body's ("Philippines Senator"); undefined where the
 * name is the form in use ("United States Senator") or a US state's too ("Georgia").
 */
function adjectiveInFront(country: string, described: boolean): string | undefined {
  if ((!described && country === 'United States') || isUsState(country)) return undefined;
  return adjectiveOfCountry(country);
}

/** `title` held in `place`: "President of Zimbabwe", "Senator from Ohio", "United States Secretary of State", "Filipino Senator", "Italian Journalist". */
function heldIn(title: string, titleWords: readonly string[], place: Place): string {
  // "Secretary of State of the United States" reads badly: a title with its own "of" takes the country in front.
  // An elected member of a national body too: "Representative of the United States" reads as an envoy's title.
  const last = titleWords.at(-1)?.toLowerCase() ?? '';
  const elected = FROM_TITLES.has(last);
  const described = NATIONALITY_TITLES.has(last) || isRank(titleWords);
  const inFront = ((described || elected) && place.country) || titleWords.some((w) => w.toLowerCase() === 'of');
  const adjective = inFront && place.country ? adjectiveInFront(place.name, described) : undefined;
  if (adjective) return `${adjective} ${title}`;
  // "Georgia General" would read as the US state's.
  if (inFront && !(described && isUsState(place.name))) return `${place.name} ${title}`;
  return `${title} ${elected ? 'from' : 'of'} ${withArticle(place.name)}`;
}

/** Heads whose complement is a portfolio: "Minister of Education" is the "Education Minister". */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(ROLE_WORDS.portfolioHeads);
/** Words before a portfolio head that make it an office of a place: "Prime Minister of …". */
const PLACE_AFTER: ReadonlySet<string> = new Set(ROLE_WORDS.placeBeforePortfolio);
/** Portfolios written two ways: "Minister of Foreign Affairs" is the "Foreign Minister". */
const PORTFOLIO_SHORT: ReadonlyMap<string, string> = new Map(Object.entries(ROLE_WORDS.portfolioShortForms));

/**
 * "Minister of (the) Interior" → "Interior Minister", "Deputy Secretary of Defense" → "Deputy
 * Defense Secretary": one office, written both ways. Not "Secretary of State" (another office than
 * a "State Secretary"), nor a portfolio of several parts ("Minister of Trade and Industry").
 */
function portfolioFirst(words: readonly string[]): string[] {
  const at = words.findIndex((w, i) => PORTFOLIO_HEADS.has(w.toLowerCase()) && /^(?:of|for)$/i.test(words[i + 1] ?? ''));
  // "Prime Minister of …", "First Minister of …" name a place after "of", never a portfolio.
  if (at < 0 || PLACE_AFTER.has(words[at - 1]?.toLowerCase() ?? '')) return [...words];
  let portfolio = words.slice(at + 2);
  if (portfolio[0]?.toLowerCase() === 'the') portfolio = portfolio.slice(1);
  const joined = portfolio.join(' ').toLowerCase();
  // English words only: "Prime Minister of Valdoria" names a country the gazetteer does not know.
  const plain = portfolio.every(
    (w) => /^\p{L}[\p{L}-]*$/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()) && (isLowercaseEnglishWord(w) || ROLE_MODIFIERS.has(w.toLowerCase())),
  );
  if (!plain || portfolio.length === 0 || portfolio.length > 3 || joined === 'state' || isHead(portfolio.at(-1) as string)) return [...words];
  const short = PORTFOLIO_SHORT.get(joined);
  return [...words.slice(0, at), ...(short ? [short] : portfolio), words[at] as string];
}

/**
 * "Leader of the Opposition" → "Opposition Leader", "Commander of the Army" → "Army Commander": a
 * title whose complement is "the" and one title word is the title with that word in front.
 */
function modifierFirst(words: readonly string[]): string[] {
  const [head, of, the, word, ...rest] = words.slice(-4);
  const one = words.length >= 4 && rest.length === 0 && of?.toLowerCase() === 'of' && the?.toLowerCase() === 'the';
  if (!one || !head || !word || !isHead(head) || !ROLE_MODIFIERS.has(word.toLowerCase())) return [...words];
  return [...words.slice(0, -4), word, head];
}

/**
 * A named body's complement closed by "in" and its country: "Leader of the Movement for Change in
 * Valdoria" is the "Leader of the Movement for Change" of Valdoria, the words before "in" and the
 * country apart. The country stays in the text (readers marked a role that dropped it as not
 * saying which body), and makes the role the host of the body's title given bare.
 */
function countryIn(words: readonly string[]): { words: string[]; place: Place } | null {
  const named = words.some((w, i) => w.toLowerCase() === 'of' && /^\p{Lu}/u.test(words[i + 1] === 'the' ? (words[i + 2] ?? '') : (words[i + 1] ?? '')));
  for (const width of [3, 2, 1]) {
    const at = words.length - width;
    if (!named || at < 3 || words[at - 1]?.toLowerCase() !== 'in') continue;
    const phrase = words
      .slice(at)
      .join(' ')
      .replace(/^the\s+/i, '');
    const place = placeNamed(phrase);
    if (place?.country) return { words: words.slice(0, at - 1), place };
  }
  return null;
}

/** A word in the form the word lists hold: lowercase, without a closing period ("Gen." is "gen"). */
const listForm = (w: string | undefined) => (w ?? '').toLowerCase().replace(/\.$/, '');

/**
 * Where the run of `closing` words that ends `words` opens, with the `openers` before it ("Senior
 * General", "Grand Ayatollah"); `words.length` when no such word closes them. Never the first word.
 */
function closingRunStart(words: readonly string[], closing: ReadonlySet<string>, openers: ReadonlySet<string>): number {
  let end = words.length;
  while (end > 1 && closing.has(listForm(words[end - 1]))) end--;
  if (end < words.length) while (end > 1 && openers.has(listForm(words[end - 1]))) end--;
  return end;
}

/** Military ranks: written between a title and the name ("Defence Minister General …"), the person's rank, no word of the office. */
export const RANKS: ReadonlySet<string> = new Set(ROLE_WORDS.ranks);
/** Heads "General" makes another office with: "Attorney General", "Inspector General". */
const HEADS_BEFORE_GENERAL: ReadonlySet<string> = new Set(ROLE_WORDS.headsBeforeGeneral);
/** Words that open a rank of two ("Senior General", "Rear Admiral"), no rank alone. */
const RANK_OPENERS: ReadonlySet<string> = new Set(ROLE_WORDS.rankOpeners);

/**
 * The title without the rank closing it: "Defence Minister General" is the "Defence Minister",
 * "Army Chief Senior General" the "Army Chief". Only after another title's head ("Major General"
 * alone is a rank, kept), and not "General" after a head it makes an office with.
 */
function withoutRank(words: readonly string[]): string[] {
  // "Senior General", "Field Marshal", "Rear Admiral": the words that open a rank go with it.
  const end = closingRunStart(words, RANKS, RANK_OPENERS);
  const kept = words.slice(0, end);
  const officeHead = kept.some((w) => isHead(w) && !RANKS.has(listForm(w)));
  const officeWithGeneral = listForm(words[end]) === 'general' && HEADS_BEFORE_GENERAL.has(listForm(words[end - 1]));
  if (end === words.length || !officeHead || !isTitleWord(words[end - 1] as string) || officeWithGeneral) return [...words];
  return kept;
}

/**
 * A person's standing written between an office and the name ("Prime Minister Sheikh …", "Supreme
 * Leader Grand Ayatollah …", "Minister Sir …", a judge's "High Court Judge Justice …"): no word of the office.
 */
const STANDINGS: ReadonlySet<string> = new Set([...HONORIFICS, ...ROLE_WORDS.religiousStandings, ...ROLE_WORDS.courtStandings]);
/** Words that open a standing of two ("Grand Ayatollah"). */
const STANDING_OPENERS: ReadonlySet<string> = new Set(ROLE_WORDS.standingOpeners);

/**
 * The role without the standing closing it: "Supreme Leader Grand Ayatollah" is the "Supreme
 * Leader", "Emir of Valdoria Sheikh" the "Emir of Valdoria". Only after an office's head or its
 * place: after a modifier the word is the office itself ("Chief Rabbi", "Senior Imam").
 */
function withoutStanding(words: readonly string[]): string[] {
  const end = closingRunStart(words, STANDINGS, STANDING_OPENERS);
  const kept = words.slice(0, end);
  const last = kept.at(-1) as string;
  const office = kept.some((w) => isHead(w) && !ROLE_MODIFIERS.has(listForm(w)));
  // A rank before it is the person's too ("Minister Lieutenant General Sheikh"): withoutRank drops it.
  // A modifier closing a complement is its portfolio: "Minister for Defence Sheikh".
  const portfolio = kept.some((w) => COMPLEMENT_WORDS.has(w.toLowerCase()));
  const closes = RANKS.has(listForm(last)) || ((isHead(last) || /^\p{Lu}/u.test(last)) && (portfolio || !ROLE_MODIFIERS.has(listForm(last))));
  return end < words.length && office && closes ? kept : [...words];
}

/** Nouns that describe what a named thing is: "the whistleblowing website WikiLeaks". */
const DESCRIBED_NOUNS: ReadonlySet<string> = new Set(ROLE_WORDS.describedNouns);

/**
 * The complement without a description of the thing it names: "Founder of the whistleblowing
 * website WikiLeaks" is the "Founder of WikiLeaks". The description is lowercase words ending in a
 * noun of what the thing is, with the name capitalized after it.
 */
function withoutDescription(words: readonly string[]): string[] {
  const of = words.findIndex((w) => COMPLEMENT_WORDS.has(w.toLowerCase()));
  if (of < 0 || words[of + 1]?.toLowerCase() !== 'the') return [...words];
  const nameAt = words.findIndex((w, i) => i > of + 2 && /^\p{Lu}/u.test(w));
  const description = words.slice(of + 2, nameAt);
  const lowercase = description.every((w) => /^\p{Ll}/u.test(w));
  if (nameAt < 0 || !lowercase || !DESCRIBED_NOUNS.has(description.at(-1)?.toLowerCase() ?? '')) return [...words];
  return [...words.slice(0, of + 1), ...words.slice(nameAt)];
}

/** The canonical form of one role as the corpus wrote it, or null when it is no role. */
export function canonicalRole(raw: string): CanonicalRole | null {
  let text = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(ABBREVIATED_TITLE, (w) => ABBREVIATED_TITLES.get(w.replace(/\.$/, '').toLowerCase()) ?? w);
  // A possessive closing it ran on into a clause: "chairman of Valdoria's" (largest bank).
  const cut = /['’]s$/.test(text);
  if (!text || cut || /\d/.test(text) || CLAUSE_WORDS.test(` ${text} `) || AND_ANOTHER_ROLE.test(text) || gluesTwoRoles(text.split(' '))) return null;
  let qualifier: RoleQualifier | null = null;
  const candidate = CANDIDATE.exec(text);
  if (candidate) {
    qualifier = 'candidate';
    text = text.slice(candidate[0].length);
  }
  // "President-elect of Burundi": the suffix inside, before the place.
  if (ELECT.test(text) || ELECT_INSIDE.test(text)) {
    qualifier = 'elect';
    text = text.replace(ELECT, '').replace(ELECT_INSIDE, '');
  }
  // "Secretary-General" is the "Secretary General": one key for both spellings.
  const spaced = text
    .replace(/^ex-/i, 'ex ')
    .split(' ')
    .flatMap((w) => (isHyphenatedRole(w.toLowerCase()) ? w.split('-') : [w]));
  const [qualified, said] = stripQualifiers(spaced, qualifier);
  const words = withoutStanding(qualified);
  qualifier = said;
  const first = words[0];
  if (!first || words.length > MAX_ROLE_WORDS || !words.some(isHead)) return null;
  const leading = leadingPlace(words);
  const lowerFirst = first.toLowerCase();
  const opensRole = isHead(first) || (ROLE_MODIFIERS.has(lowerFirst) && !ROLE_NEVER_FIRST.has(lowerFirst));
  // A lowercase opening word that is no title word is the tail of something else: "son of …", "force President".
  // A body's name may open it in lowercase ("al-Qaeda leader").
  const opening = bodyOf(words);
  const opensWithBody = opening !== null && opening.words[0] !== first;
  if (/^\p{Ll}/u.test(first) && !opensRole && !leading && !opensWithBody) return null;
  let titleWords = leading ? words.slice(leading.width) : words;
  [titleWords, qualifier] = stripQualifiers(titleWords, qualifier);
  const trailing = leading ? null : trailingPlace(titleWords);
  // A standing before the place: "Minister for Defence Sheikh of Valdoria".
  if (trailing) titleWords = withoutStanding(titleWords.slice(0, titleWords.length - trailing.width));
  titleWords = withoutRank(titleWords);
  const inner = leading || trailing ? null : countryInComplement(titleWords);
  const body = leading || trailing || inner ? null : bodyOf(titleWords);
  if (body) titleWords = body.words;
  // A title cut off before its complement ("Governor of", "Minister for the") or its noun ("President of the European") says nothing.
  const end = titleWords.at(-1)?.toLowerCase() ?? '';
  const cutAdjective = titleWords.at(-2)?.toLowerCase() === 'the' && isDemonym(titleWords.at(-1) as string);
  if (!titleWords.some(isHead) || namesSomeoneAfter(titleWords) || COMPLEMENT_WORDS.has(end) || end === 'the' || cutAdjective) return null;
  const within = leading || trailing || inner ? null : countryIn(titleWords);
  titleWords = modifierFirst(portfolioFirst(withoutDescription(within?.words ?? titleWords)));
  const title = `${titleCase(titleWords)}${qualifier === 'elect' ? '-elect' : ''}`;
  // The one office of its kind has no place: "Budapest Pope" is the Pope on a visit there.
  const place = SOLE_OFFICES.has(title.toLowerCase()) ? null : (leading?.place ?? trailing?.place ?? inner?.place ?? within?.place ?? null);
  const country = place?.country ? place.name : null;
  if (country && !body && NO_COUNTRY_OFFICES.has(title.toLowerCase())) return null;
  // A body goes in front as its own name has it: "NATO Secretary General", "European Central Bank President".
  const held = body
    ? `${body.body} ${title}`
    : place === null || inner
      ? title
      : place === within?.place
        ? `${title} in ${withArticle(place.name)}`
        : heldIn(title, titleWords, place);
  const prefix = qualifier === 'former' ? 'Former ' : qualifier === 'acting' ? 'Acting ' : qualifier === 'candidate' ? 'Candidate for ' : '';
  return { text: `${prefix}${held}`, title: title.toLowerCase(), country, place: place?.name ?? body?.body ?? null, qualifier };
}
