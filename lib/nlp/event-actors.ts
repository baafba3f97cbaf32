/**
 * The names an event clause can hold, by word position: the caller's named spans, plus the
 * demonyms detection leaves out ("North Korean troops", "Russians") as their countries, "the
 * capital of Ukraine" and "the Ukrainian capital" as Kyiv, "the Kremlin" as Russia, and "the
 * North" as the country the article set it up for (ctx.shortForms).
 */

import { isCommonNoun } from './chunk';
import { capitalOf, countryOfDemonym, countryOfSeat } from './event-countries';
import type { ClauseContext, EventActor, NamedSpan } from './event-types';
import { MODIFIER_PARTICIPLES, NON_STATE_NOUNS, STATE_NOUNS, WEAPON_NAMES } from './event-words';
import { gazetteerLookup } from './gazetteer';
import type { Word } from './tokenize';

const PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'province', 'region', 'district', 'state', 'island', 'area']);
const LOCATIVE = new Set(['at', 'in', 'inside', 'outside', 'near', 'to', 'into', 'from']);
const PREPOSITIONS = new Set([
  ...['to', 'into', 'with', 'by', 'from', 'on', 'against', 'in', 'at', 'of', 'for', 'near', 'between', 'toward', 'towards'],
  // "condemns the Philippines over the South China Sea", "his trip outside Ukraine": neither party nor place.
  ...['over', 'about', 'outside', 'through', 'via', 'despite', 'during', 'since', 'under', 'beyond', 'without', 'among', 'amid'],
]);

function demonymAt(words: readonly Word[], i: number): { country: string; width: number } | null {
  const w = words[i] as Word;
  if (!/^\p{Lu}/u.test(w.text)) return null;
  const next = words[i + 1];
  const two = next && /^\s+$/.test(w.post) ? countryOfDemonym(`${w.text} ${next.text}`) : null;
  if (two) return { country: two, width: 2 };
  const one = countryOfDemonym(w.text.replace(/['’]s$/, ''));
  return one ? { country: one, width: 1 } : null;
}

/** Whether the name ending at word `last` is joined to a participle that makes it a modifier: "U.S.-led", "London-based" (one word or two). */
function modifierName(words: readonly Word[], last: number): boolean {
  const w = words[last];
  const joined = /-(\p{L}+)$/u.exec(w?.text ?? '')?.[1] ?? (w?.post === '-' ? words[last + 1]?.text : undefined);
  return MODIFIER_PARTICIPLES.has(joined?.toLowerCase() ?? '');
}

/** A one-word name that is an English noun the gazetteer does not know ("Hospital", "Police"). */
const isLoneCommonNoun = (name: string) => !/\s/.test(name) && isCommonNoun(name) && !gazetteerLookup(name);

/** The sentence's names by word index, with demonyms as their countries and "the capital of X" as the city. */
export function eventActors(words: readonly Word[], names: readonly NamedSpan[], ctx: ClauseContext): EventActor[] {
  const wordAt = (offset: number) => words.findIndex((w) => offset < w.end + w.post.length);
  // Names may share a word: "Israel-Hamas" is one word and two names.
  const actors: EventActor[] = names
    .map((n) => ({ first: wordAt(n.start), last: wordAt(n.end - 1), type: n.type, name: n.name, ref: n.ref }))
    // "a U.S.-led coalition": the name only modifies who acts; "Hospital" alone is a word, not a party; "an IED attack": a weapon acts for no one.
    .filter((a) => !modifierName(words, a.last) && !isLoneCommonNoun(a.name) && !WEAPON_NAMES.has(a.name.toLowerCase()));
  for (let i = 0; i < words.length; i++) {
    if (actors.some((a) => a.first <= i && i <= a.last)) continue;
    const demonym = demonymAt(words, i);
    if (!demonym) continue;
    // "22 Iraqis", "sanctions on 18 Russians": people counted are people, not their state.
    const counted = words[i - 1]?.tags.has('Value') && /s$/.test(words[i + demonym.width - 1]?.text ?? '');
    // "Russian-occupied", "Panamanian-flagged": a demonym joined to a participle only modifies.
    if (counted || modifierName(words, i + demonym.width - 1)) continue;
    actors.push({ first: i, last: i + demonym.width - 1, type: 'place', name: demonym.country, ref: ctx.refOf(demonym.country, 'place') });
    i += demonym.width - 1;
  }
  shortForms(words, actors, ctx);
  actors.sort((a, b) => a.first - b.first || a.last - b.last);
  const lower = (i: number) => words[i]?.text.toLowerCase();
  const asPlace = (a: EventActor, name: string, span: Partial<EventActor> = {}) =>
    Object.assign(a, { ...span, type: 'place', name, ref: ctx.refOf(name, 'place') });
  for (const a of actors) {
    const capital = a.type === 'place' ? capitalOf(a.name) : null;
    // "the capital of Ukraine", "the Ukrainian capital" name Kyiv.
    if (capital && lower(a.first - 1) === 'of' && lower(a.first - 2) === 'capital') asPlace(a, capital, { first: a.first - 2 });
    else if (capital && lower(a.first - 1) === 'the' && lower(a.last + 1) === 'capital' && /^\p{Lu}/u.test(words[a.last]?.text ?? '')) {
      asPlace(a, capital, { last: a.last + 1 });
    }
    // "The Kremlin said", not "met at the White House": a seat stands for its country, except as where it happened.
    const country = countryOfSeat(a.name);
    const at = lower(a.first - 1) === 'the' ? a.first - 2 : a.first - 1;
    if (country && !LOCATIVE.has(lower(at) ?? '')) asPlace(a, country);
  }
  for (const a of actors) a.modifies = modifies(words, actors, a);
  return actors;
}

/** "the North" as the country the article set it up for, whether or not detection named it; else no one. */
function shortForms(words: readonly Word[], actors: EventActor[], ctx: ClauseContext): void {
  if (!ctx.shortForms) return;
  words.forEach((w, i) => {
    const form = /^(North|South)$/.test(w.text) && words[i - 1]?.text.toLowerCase() === 'the' ? w.text.toLowerCase() : null;
    if (!form) return;
    const country = ctx.shortForms?.get(form) ?? null;
    const at = actors.findIndex((a) => a.first === i && a.last === i);
    if (at >= 0) actors.splice(at, 1);
    if (country && !actors.some((a) => a.first <= i && i <= a.last)) {
      actors.push({ first: i, last: i, type: 'place', name: country, ref: ctx.refOf(country, 'place') });
    }
  });
}

const isPlain = (w: Word) => !/[,;:()"“”]/.test(w.post) && !w.tags.has('Verb') && !w.tags.has('Preposition');

/** What name `a` only modifies, if any: a person named within three title words after it, or a noun of no state right after it. */
function modifies(words: readonly Word[], actors: readonly EventActor[], a: EventActor): EventActor['modifies'] {
  if (a.type === 'person' || /[,;:()]/.test(words[a.last]?.post ?? '')) return undefined;
  const person = actors.find((p) => p.type === 'person' && p.first > a.last && p.first - a.last <= 4);
  if (person && words.slice(a.last + 1, person.first).every(isPlain)) return 'person';
  const next = words[a.last + 1];
  if (!next || !/^\p{Ll}/u.test(next.text) || !next.tags.has('Noun') || actors.some((p) => p.first === a.last + 1)) return undefined;
  // "Russian forces", "Israeli air force jets": the state acts through them; not through "Syrian rebels".
  for (let i = a.last + 1; i < Math.min(words.length, a.last + 4); i++) {
    const w = words[i] as Word;
    if (a.type === 'place' && NON_STATE_NOUNS.has(w.text.toLowerCase())) return 'thing';
    if (STATE_NOUNS.has(w.text.toLowerCase())) return undefined;
    if (!isPlain(w) || !/^\p{Ll}/u.test(w.text)) break;
  }
  return 'thing';
}

/** The preposition that governs `actor`, looking back to the trigger at `t`; an earlier name in a list passes its own on. */
export function governor(words: readonly Word[], actors: readonly EventActor[], actor: EventActor, t: number): string | null {
  for (let i = actor.first - 1; i > t; i--) {
    const earlier = actors.find((a) => a.last === i);
    if (earlier) return governor(words, actors, earlier, t);
    const word = words[i] as Word;
    // "in the city of Aden": "of" after a place noun passes on the preposition before it; so does "of" in a
    // title ("talks with the President of Russia Vladimir Putin").
    const before = words[i - 1]?.text ?? '';
    if (word.text.toLowerCase() === 'of' && (PLACE_NOUNS.has(before.toLowerCase()) || /^\p{Lu}/u.test(before))) continue;
    if (PREPOSITIONS.has(word.text.toLowerCase()) || word.tags.has('Preposition')) return word.text.toLowerCase();
  }
  return null;
}
