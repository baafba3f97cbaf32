/**
 * The words of a sentence that tell an event ("supplying", "talks"), less those that tell no
 * happening (event-happened.ts), and what the event moves ("shells", "munitions"), for its label.
 */

import { toldAsHappened } from './event-happened';
import { AID_NEEDS_HUMANITARIAN, EVENT_KINDS, type EventKind, KIND_NAMES } from './event-kinds';
import type { EventActor } from './event-types';
import type { Word } from './tokenize';

const verbKinds = new Map<string, EventKind>();
const nounKinds = new Map<string, EventKind>();
for (const kind of KIND_NAMES) {
  for (const v of EVENT_KINDS[kind].verbs) verbKinds.set(v, kind);
  for (const n of EVENT_KINDS[kind].nouns) if (!nounKinds.has(n)) nounKinds.set(n, kind);
}

/** The event kind `word` triggers in its sentence, if any. */
function kindOf(word: Word, previous: Word | undefined): EventKind | null {
  const lower = word.text.toLowerCase();
  const humanitarian = previous?.text.toLowerCase() === 'humanitarian';
  // compromise may tag "pauses" a verb; after "humanitarian" it is the noun.
  if (humanitarian && nounKinds.get(lower) === 'aid') return 'aid';
  if (word.tags.has('Verb')) return verbKinds.get(lower) ?? null;
  if (!word.tags.has('Noun')) return null;
  const kind = nounKinds.get(lower) ?? null;
  return kind === 'aid' && AID_NEEDS_HUMANITARIAN.has(lower) && !humanitarian ? null : kind;
}

const NOT_OBJECT = new Set(['military', 'other', 'more', 'further', 'support', 'help', 'thousands', 'hundreds', 'dozens', 'number', 'part', 'group']);

/** Event words in `words[from, to)` with their kinds, left to right. */
export function triggers(words: readonly Word[], from: number, to: number): { t: number; kind: EventKind }[] {
  const found: { t: number; kind: EventKind }[] = [];
  for (let t = from; t < to; t++) {
    const kind = kindOf(words[t] as Word, words[t - 1]);
    // "struck out two batters", "hands down a sentence", "sends off a player": a phrasal verb, not the event.
    const phrasal = words[t]?.tags.has('Verb') && /^(out|down|off|up)$/i.test(words[t + 1]?.text ?? '');
    if (kind && !phrasal && toldAsHappened(words, t, kind)) found.push({ t, kind });
  }
  return found;
}

/** Head nouns right after the trigger, before any name or preposition: "shells", "munitions" in "artillery shells and other munitions". */
export function objectNouns(words: readonly Word[], t: number, right: number, actors: readonly EventActor[]): string[] {
  const nouns: string[] = [];
  for (let i = t + 1; i < right; i++) {
    const w = words[i] as Word;
    if (actors.some((a) => a.first <= i && i <= a.last) || w.tags.has('Preposition')) break;
    const head = !words[i + 1]?.tags.has('Noun') || i + 1 === right;
    if (head && w.tags.has('Noun') && !w.tags.has('ProperNoun') && !NOT_OBJECT.has(w.text.toLowerCase())) nouns.push(w.text.toLowerCase());
  }
  return nouns;
}

const TROOPS = new Set([
  'troops',
  'troop',
  'soldiers',
  'forces',
  'force',
  'personnel',
  'fighters',
  'army',
  'navy',
  'marines',
  'police',
  'peacekeepers',
  'units',
]);

/** Whether a supply verb moves troops ("sent troops to", "soldiers have been sent"): then it is a deployment. */
export function mentionsTroops(words: readonly string[]): boolean {
  return words.some((w) => TROOPS.has(w.toLowerCase()));
}
