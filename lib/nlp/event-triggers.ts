/**
 * The words of a sentence that tell an event ("supplying", "talks"), less those that tell no
 * happening (event-happened.ts), and what the event moves ("shells", "munitions"), for its label.
 */

import { toldAsHappened } from './event-happened';
import { AID_NEEDS_HUMANITARIAN, EVENT_KINDS, type EventKind, KIND_NAMES } from './event-kinds';
import type { EventActor } from './event-types';
import { NOT_OBJECT, PHRASAL_PARTICLES, TROOPS } from './event-words';
import type { Word } from './tokenize';

/**
 * Words to kinds; the paraphrases' maps add to the triggers' (a word keeps its first kind). A
 * verb of two words ("sat down") is keyed by both: the particle makes it the event, not another one.
 */
function kindMaps(withParaphrases: boolean): { verbs: Map<string, EventKind>; nouns: Map<string, EventKind> } {
  const verbs = new Map<string, EventKind>();
  const nouns = new Map<string, EventKind>();
  const add = (map: Map<string, EventKind>, list: readonly string[], kind: EventKind) => {
    for (const w of list) if (!map.has(w)) map.set(w, kind);
  };
  for (const kind of KIND_NAMES) {
    add(verbs, EVENT_KINDS[kind].verbs, kind);
    add(nouns, EVENT_KINDS[kind].nouns, kind);
  }
  if (withParaphrases) {
    for (const kind of KIND_NAMES) {
      add(verbs, EVENT_KINDS[kind].paraphrases.verbs, kind);
      add(nouns, EVENT_KINDS[kind].paraphrases.nouns, kind);
    }
  }
  return { verbs, nouns };
}

const TRIGGERS = kindMaps(false);
const WITH_PARAPHRASES = kindMaps(true);

/** True for a noun that names an event of some kind, paraphrases included ("attack", "shipments"). */
export const isEventNoun = (word: string) => WITH_PARAPHRASES.nouns.has(word);

/** The event kind the word at `t` triggers in its sentence, if any, and whether with the particle after it. */
function kindOf(words: readonly Word[], t: number, maps: typeof TRIGGERS): { kind: EventKind; withParticle: boolean } | null {
  const word = words[t] as Word;
  const lower = word.text.toLowerCase();
  const humanitarian = words[t - 1]?.text.toLowerCase() === 'humanitarian';
  // compromise may tag "pauses" a verb; after "humanitarian" it is the noun.
  if (humanitarian && maps.nouns.get(lower) === 'aid') return { kind: 'aid', withParticle: false };
  const two = maps.verbs.get(`${lower} ${words[t + 1]?.text.toLowerCase()}`);
  if (two && /^\s+$/.test(word.post)) return { kind: two, withParticle: true };
  const kind = nounOrVerbKind(word, lower, humanitarian, maps);
  return kind ? { kind, withParticle: false } : null;
}

function nounOrVerbKind(word: Word, lower: string, humanitarian: boolean, maps: typeof TRIGGERS): EventKind | null {
  if (word.tags.has('Verb')) return maps.verbs.get(lower) ?? null;
  if (!word.tags.has('Noun')) return null;
  const kind = maps.nouns.get(lower) ?? null;
  return kind === 'aid' && AID_NEEDS_HUMANITARIAN.has(lower) && !humanitarian ? null : kind;
}

/** Event words in `words[from, to)` with their kinds, left to right; the kinds' paraphrases too if asked. */
export function triggers(words: readonly Word[], from: number, to: number, paraphrases = false): { t: number; kind: EventKind }[] {
  const maps = paraphrases ? WITH_PARAPHRASES : TRIGGERS;
  const found: { t: number; kind: EventKind }[] = [];
  for (let t = from; t < to; t++) {
    const trigger = kindOf(words, t, maps);
    // "struck out two batters", "hands down a sentence", "sends off a player": a phrasal verb, not the event.
    const phrasal = !trigger?.withParticle && words[t]?.tags.has('Verb') && PHRASAL_PARTICLES.has(words[t + 1]?.text.toLowerCase() ?? '');
    if (trigger && !phrasal && toldAsHappened(words, t, trigger.kind)) found.push({ t, kind: trigger.kind });
  }
  return found;
}

/** Head nouns right after the trigger, before any name or preposition: "shells", "munitions" in "artillery shells and other munitions". */
export function objectNouns(words: readonly Word[], t: number, right: number, actors: readonly EventActor[]): string[] {
  const nouns: string[] = [];
  for (let i = t + 1; i < right; i++) {
    const w = words[i] as Word;
    // "deployed to stop the riot": a purpose, not what was sent.
    const purpose = w.text.toLowerCase() === 'to' && words[i + 1]?.tags.has('Verb');
    // "deployed to the border": "to" may be tagged a conjunction; what follows is where, not what.
    const where = /^(to|into)$/i.test(w.text);
    if (actors.some((a) => a.first <= i && i <= a.last) || w.tags.has('Preposition') || purpose || where) break;
    const head = !words[i + 1]?.tags.has('Noun') || i + 1 === right;
    if (head && w.tags.has('Noun') && !w.tags.has('ProperNoun') && !NOT_OBJECT.has(w.text.toLowerCase())) nouns.push(w.text.toLowerCase());
  }
  return nouns;
}

/** Whether a supply verb moves troops ("sent troops to", "soldiers have been sent"): then it is a deployment. */
export function mentionsTroops(words: readonly string[]): boolean {
  return words.some((w) => TROOPS.has(w.toLowerCase()));
}
