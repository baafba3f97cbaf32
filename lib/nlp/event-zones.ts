/**
 * Where an event clause starts and ends around its trigger word: the subject side runs back to
 * the last clause opener ("that", "which", "; "), the object side forward to the next clause,
 * infinitive of purpose ("to fuel"), finite verb or comma that is not an appositive.
 */
import type { EventKind } from './event-kinds';
import { SPEECH_VERBS } from './event-words';
import type { Word } from './tokenize';

/** Words that open a new clause: nothing before them is the subject of what follows. */
const OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'where',
  'while',
  'whereas',
  'because',
  'although',
  'but',
  'if',
  'when',
  'as',
  'after',
  'before',
  'since',
  'until',
  'unless',
]);
/** Words that end the object side. "who" is not one: "troops, who fought Ukrainians" still tells who fought. */
const CLOSERS = new Set(['which', 'that', 'where', 'while', 'whereas', 'because', 'although', 'but', 'as', 'when', 'if', 'after', 'before', 'saying', 'said']);
/** After "in": what the event answers, not its object ("in response to", "in retaliation for"). */
const RESPONSE_WORDS = new Set(['response', 'retaliation', 'reply', 'reprisal']);
/** Meetings are "on" or "about" a topic: the topic's names are not the meeting's participants. */
const TOPIC_WORDS = new Set(['on', 'about', 'regarding', 'over', 'concerning', 'amid']);
/** Punctuation that ends a clause. Quotes do not: news quotes phrases inside clauses ("intense combat", “provocative actions”). */
const CLAUSE_PUNCTUATION = /[;:—–]/;

const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? '';
const isVerb = (w: Word | undefined) => Boolean(w?.tags.has('Verb'));
/** "missiles and drones": compromise tags "drones" a verb; a present -s form may be a plural. */
const mayBePlural = (w: Word | undefined) => Boolean(w?.tags.has('PresentTense') && /s$/.test(w.text));
/** "Mark Rutte, secretary general of NATO", "Rutte, the head of NATO"; not "Russia, the US State Department said". */
const isAppositive = (words: readonly Word[], j: number) => {
  const w = words[j] as Word;
  const head = w.tags.has('Determiner') ? words[j + 1] : w;
  return Boolean(head && /^\p{Ll}/u.test(head.text) && !isVerb(head));
};
/** "and boosting", "or sent": a conjunction that opens a new verb phrase. */
const joinsVerb = (words: readonly Word[], i: number) =>
  (lower(words[i]) === 'and' || lower(words[i]) === 'or') && isVerb(words[i + 1]) && !mayBePlural(words[i + 1]);
const isFiniteVerb = (w: Word) =>
  (w.tags.has('PastTense') || w.tags.has('PresentTense')) && !w.tags.has('Gerund') && !w.tags.has('Infinitive') && !w.tags.has('Participle');

/** The words of a sentence that can hold events: without a leading "According to X," or a trailing ", X said." */
export function claimSpan(words: readonly Word[]): { from: number; to: number } {
  let from = 0;
  if (lower(words[0]) === 'according' && lower(words[1]) === 'to') {
    const comma = words.findIndex((w) => w.post.includes(','));
    if (comma >= 0) from = comma + 1;
  }
  let to = words.length;
  const lastComma = words.findLastIndex((w, i) => i < words.length - 1 && w.post.includes(','));
  if (lastComma >= from && words.length - lastComma <= 10 && words.slice(lastComma + 1).some((w) => SPEECH_VERBS.has(lower(w)))) to = lastComma + 1;
  return { from, to };
}

/** First word of the subject side of the trigger at `t`, not before `from`. */
export function leftEdge(words: readonly Word[], from: number, t: number): number {
  for (let i = t - 1; i >= from; i--) {
    const w = words[i] as Word;
    if (CLAUSE_PUNCTUATION.test(w.post)) return i + 1;
    // At the sentence's start an opener leads a phrase the subject follows ("After talks with Yoon, Blinken…").
    if (OPENERS.has(lower(w)) && i > from) return i + 1;
    // "X said Y attacked Z": the speaker is not the actor of what he tells.
    if (SPEECH_VERBS.has(lower(w))) return i + 1;
    if (joinsVerb(words, i)) return i + 1;
    // "…, and the attack was": a new clause after a comma.
    if (/^(and|but|or)$/.test(lower(w)) && words[i - 1]?.post.includes(',')) return i + 1;
  }
  return from;
}

/** One past the last word of the object side of the trigger at `t`, not beyond `to`. */
export function rightEdge(words: readonly Word[], t: number, to: number, kind: EventKind, isActorEnd: (i: number) => boolean): number {
  let relative = false;
  for (let j = t + 1; j < to; j++) {
    const before = words[j - 1] as Word;
    const w = words[j] as Word;
    if (CLAUSE_PUNCTUATION.test(before.post)) return j;
    // Go on past a comma only into an appositive ("Mark Rutte, secretary general of NATO"), a list ("including") or "who".
    if (before.post.includes(',') && !(lower(w) === 'including' || lower(w) === 'who' || (isActorEnd(j - 1) && isAppositive(words, j)))) return j;
    if (CLOSERS.has(lower(w))) return j;
    // "strikes in retaliation for rocket fire from Gaza": what it answers is no party or place of it.
    if (lower(w) === 'in' && RESPONSE_WORDS.has(lower(words[j + 1]))) return j;
    if (kind === 'meet' && TOPIC_WORDS.has(lower(w))) return j;
    // "to fuel its war": a purpose, not a target. Troops sent "to fight alongside Russian units" still say where.
    if (lower(w) === 'to' && isVerb(words[j + 1]) && kind !== 'deploy') return j;
    if (joinsVerb(words, j)) return j;
    // "troops, who engaged Ukrainian soldiers": the verb of a relative clause about the participants.
    if (lower(w) === 'who') relative = true;
    // Right after a noun trigger a present -s form is its verb ("the visit precedes"); later, a plural ("artillery rounds").
    else if (isFiniteVerb(w) && !isVerb(before) && !relative && !(mayBePlural(w) && j > t + 1)) return j;
    else if (isFiniteVerb(w)) relative = false;
  }
  return to;
}
