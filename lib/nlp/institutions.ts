/**
 * Bodies of a state that many countries have under one name: "National Assembly", "Supreme
 * Court", "Democratic Party", "Justice Department". Written alone, such a name is qualified by the
 * country written against it, else its sentence's, else its document's ("National Assembly (Kuwait)"); written with its country
 * ("Kuwaiti National Assembly", "U.S. Justice Department", "Supreme Court of India") it keeps
 * its words. `parseInstitution` reads each written form as the same body and country, so the
 * build makes one entity of them (lib/kb/one-body.ts). The words are data (data/institution-words.json).
 */
import { isDictionaryWord } from './chunk';
import WORDS from './data/institution-words.json';
import type { Detected } from './detect';
import { countriesOfCity, countryNamed, countryNameOfCode, countryOfAdjective, gazetteerLookup, isDemonym, isUsState } from './gazetteer';

/** Heads of a state's bodies: "assembly", "court", "party", "ministry"… */
export const STATE_BODIES: ReadonlySet<string> = new Set(WORDS.stateBodies);
/**
 * State bodies a capitalized head alone names, no place ("outside Parliament", "in Congress"): a
 * country's whole legislature or government. Not "Party", "Court" or "Police" alone, which name no one body.
 */
export const BODIES_NAMED_ALONE: ReadonlySet<string> = new Set(WORDS.bodiesNamedAlone);
/** Words of a body's name that make it the world's, no state's: "International Criminal Court". */
const WORLD_WORDS: ReadonlySet<string> = new Set(WORDS.worldWords);
/** Forces every state has ("Defence Forces"), besides GENERIC_BODIES, which name no one state's written alone. */
const FORCES_OF_EVERY_STATE: ReadonlySet<string> = new Set(WORDS.forcesOfEveryState);

/** True for a name alone of a body every state has: "Defence Forces", "Security Force", "Armed Forces", "Army". */
export function namesEveryStatesBody(name: string): boolean {
  const lower = name.toLowerCase().split(' ').map(oneSpelling).join(' ');
  const one = lower.replace(/s$/, '');
  return GENERIC_BODIES.has(lower) || GENERIC_BODIES.has(one) || FORCES_OF_EVERY_STATE.has(one);
}

/** True for a body of a region or of the world, no one country's: "European Union", "International Criminal Court". */
export const isWorldBody = (name: string) => name.split(' ').some((w) => WORLD_WORDS.has(w.toLowerCase()) || (isDemonym(w) && !countryOfAdjective(w)));
/** Portfolios named by an adjective: "Foreign Ministry" is no "Ministry of Foreign". */
export const ADJECTIVAL_PORTFOLIOS: ReadonlySet<string> = new Set(WORDS.adjectivalPortfolios);
/** Words of bodies' names that neither dictionary holds in lowercase ("Democratic", "Defence"). */
const BODY_WORDS: ReadonlySet<string> = new Set(WORDS.bodyWords);
/**
 * Whole names of bodies every state has, whose head also heads companies and teams ("Air Force",
 * "Central Bank": "bank" and "force" are no state body's head elsewhere), and of the places every
 * state has ("Presidential Palace"). Only these exact names are a state's.
 */
const STATE_PLACES: ReadonlySet<string> = new Set(WORDS.statePlaces);
const GENERIC_BODIES: ReadonlySet<string> = new Set([...WORDS.genericBodies, ...STATE_PLACES]);
const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set([...GENERIC_BODIES].flatMap((b) => b.split(' ')));

/** A capitalized word of the dictionary, no name: "National", "Justice", "Democratic". */
const bodyWord = (w: string) => {
  const lower = w.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(w) && (STATE_BODIES.has(lower) || BODY_WORDS.has(lower) || GENERIC_BODY_WORDS.has(lower) || isDictionaryWord(w));
};

const CONNECTORS = new Set(['of', 'and', 'for', 'the']);
/** Heads written before their portfolio ("Justice Department") and after it ("Department of Justice"). */
const PORTFOLIO_HEADS = new Set(['department', 'ministry']);
const UNITED_STATES = 'United States';
/** A lowercase word of a body's name in one spelling: "defence" and "defense", "organisation" and "organization" are one word spelt two ways. */
export const oneSpelling = (word: string) => (word === 'defence' ? 'defense' : word.replace(/isation(s?)$/, 'ization$1'));
/** A name qualified by its country in brackets: "National Assembly (Kuwait)". */
export const BRACKETED = /^(.+) \(([^()]+)\)$/;

/** A state body's name without its country: capitalized dictionary words and connectors, a body at its head. */
function genericKey(words: readonly string[]): string | null {
  if (!words.length || CONNECTORS.has(words[0] as string) || CONNECTORS.has(words.at(-1) as string)) return null;
  if (!words.every((w) => CONNECTORS.has(w) || bodyWord(w))) return null;
  // "European Commission", "International Criminal Court": a people's, a region's or the world's word names one body, no state's.
  if (words.some((w) => isDemonym(w) || WORLD_WORDS.has(w.toLowerCase()))) return null;
  // "Department of the Treasury" is "Department of Treasury", and so "Treasury Department".
  const lower = words.map((w) => oneSpelling(w.toLowerCase())).filter((w, i) => !(w === 'the' && words[i - 1]?.toLowerCase() === 'of'));
  if (GENERIC_BODIES.has(lower.join(' '))) return lower.join(' ');
  const connector = lower.findIndex((w) => CONNECTORS.has(w));
  const head = connector < 0 ? lower.length - 1 : connector - 1;
  if (head < 0 || !STATE_BODIES.has(lower[head] as string)) return null;
  // "Justice Department" is "Department of Justice", "Foreign Ministry" stays itself.
  if (connector < 0 && head > 0 && PORTFOLIO_HEADS.has(lower[head] as string) && !ADJECTIVAL_PORTFOLIOS.has(lower[head - 1] as string)) {
    return `${lower[head]} of ${lower.slice(0, head).join(' ')}`;
  }
  return lower.join(' ');
}

export interface Institution {
  /** The body, its portfolio after "of": "department of justice", "national assembly". */
  body: string;
  /** The country the name writes (or the international body: "United Nations"), null for a name written alone. */
  country: string | null;
}

/** The body and country of a state body's name ("U.S. Justice Department"), or null for another name. */
export function parseInstitution(name: string): Institution | null {
  // An organization the gazetteer knows is one of its own ("White House", "Labour Party").
  if (gazetteerLookup(name)?.type === 'organization') return null;
  const bracketed = BRACKETED.exec(name);
  if (bracketed) {
    const country = countryNamed(bracketed[2] as string);
    const body = country ? genericKey((bracketed[1] as string).split(' ')) : null;
    return body && country ? { body, country } : null;
  }
  const words = name.split(' ');
  // "Supreme Court of India", "Supreme Court of the United States"
  for (let at = words.lastIndexOf('of'); at > 0; at = words.lastIndexOf('of', at - 1)) {
    const rest = words.slice(at + 1);
    const country = countryNamed(rest.join(' ').replace(/^the /, ''));
    const body = country ? genericKey(words.slice(0, at)) : null;
    if (body && country) return { body, country };
  }
  // "U.S. Justice Department", "United States Department of Justice", "Kuwaiti National Assembly",
  // and an international body's: "UN General Assembly".
  for (let width = Math.min(3, words.length - 1); width > 0; width--) {
    const prefix = words.slice(0, width).join(' ');
    const owner = gazetteerLookup(prefix);
    const country = countryNamed(prefix) ?? (owner?.type === 'organization' ? owner.name : undefined);
    const body = country ? genericKey(words.slice(width)) : null;
    if (body && country) return { body, country };
  }
  const body = genericKey(words);
  return body ? { body, country: null } : null;
}

/** The country of a place mention: a country, a US state, or a city the gazetteer puts in one country. */
function countryOfPlace(d: Detected): string | undefined {
  if (d.name.endsWith(' (U.S. state)') || isUsState(d.name)) return UNITED_STATES;
  const entry = gazetteerLookup(d.name);
  if (entry?.kind === 'country') return entry.name;
  const codes = countriesOfCity(d.name);
  return codes.size === 1 ? countryNameOfCode([...codes][0] as string) : undefined;
}

/** The country named most often among `places` (the first named on a tie), and by `adjectives` ("Serbians"); undefined when none. */
function mostNamedCountry(places: readonly Detected[], adjectives: readonly string[] = []): string | undefined {
  const counts = new Map<string, number>();
  const add = (country: string | undefined) => {
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  };
  for (const d of places) add(d.type === 'place' ? countryOfPlace(d) : undefined);
  for (const word of adjectives) add(countryOfAdjective(word) ?? countryOfAdjective(word.replace(/s$/, '')));
  let best: string | undefined;
  for (const [country, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = country;
  return best;
}

/** A country written against the name: "U.S." or "Kuwait's" before it, "of India" or "of the Philippines" after it. */
function adjacentCountry(text: string, d: Detected, sentencePlaces: readonly Detected[]): string | undefined {
  for (const p of sentencePlaces) {
    const entry = gazetteerLookup(p.name);
    if (entry?.kind !== 'country') continue;
    const country = entry.name;
    if (p.end <= d.start && /^(?:['’]s)?\s+$/u.test(text.slice(p.end, d.start))) return country;
    if (p.start >= d.end && /^\s+of\s+(?:the\s+)?$/.test(text.slice(d.end, p.start))) return country;
  }
  const before = d.sentence.words[d.first - d.titleWords - 1]?.text;
  return before ? countryOfAdjective(before) : undefined;
}

/** True for a mention renamed here: "National Assembly" read as "National Assembly (Kuwait)". */
/** A body's name, or the name of a place every state has ("Presidential Palace"). */
const isStateName = (d: Detected) => d.type === 'organization' || (d.type === 'place' && STATE_PLACES.has(d.name.replace(BRACKETED, '$1').toLowerCase()));

export const qualifiedByDocument = (d: Detected) => isStateName(d) && BRACKETED.test(d.name) && !d.text.includes('(');

/**
 * Renames, in place, each state body written alone with its country: the one written against it
 * ("U.S. Justice Department", where "U.S." is a mention of its own), else the one named most in the
 * sentences that name the body ("Serbians elect the National Assembly"), else the one its document
 * names most. A body written alone is one body throughout its document.
 */
export function qualifyInstitutions(text: string, detected: readonly Detected[]): void {
  const alone = detected.filter((d) => isStateName(d) && d.via !== 'gazetteer' && parseInstitution(d.name)?.country === null);
  if (!alone.length) return;
  const places = detected.filter((d) => d.type === 'place');
  const byBody = new Map<string, Detected[]>();
  for (const d of alone) {
    const country = adjacentCountry(
      text,
      d,
      places.filter((p) => p.sentence === d.sentence),
    );
    if (country) d.name = `${d.name} (${country})`;
    else byBody.set(d.name, [...(byBody.get(d.name) ?? []), d]);
  }
  const inDocument = byBody.size ? mostNamedCountry(places) : undefined;
  for (const mentions of byBody.values()) {
    const sentences = new Set(mentions.map((d) => d.sentence));
    const adjectives = [...sentences].flatMap((s) => s.words.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text));
    const country =
      mostNamedCountry(
        places.filter((p) => sentences.has(p.sentence)),
        adjectives,
      ) ?? inDocument;
    if (country) for (const d of mentions) d.name = `${d.name} (${country})`;
  }
}
