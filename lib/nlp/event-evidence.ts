/**
 * The event confidence gate: a clause read for the KB becomes an event only when its evidence is
 * strong, since a reader trusts what the card says (precision before recall). Strong means:
 * - the clause is neither a condition ("if Iran attacks") nor a question;
 * - a verb trigger is finite ("attacks", "has deployed", "were handed", "is able to provide"), not a
 *   gerund, a lone participle or an infinitive, nor a perfect that tallies ("has bombed 2,804 targets so far");
 * - a noun trigger is not what something is about ("over the strikes", "in response to strikes",
 *   "condemns the attack", "to provide aid"): a topic is told later than it happened, often by someone else;
 * - each actor stands where the grammar makes it one: the subject right before the verb (or before
 *   the kind's light verb of a noun: "launched strikes"), "by X" after it ("from X" of what is sent),
 *   a name right before the noun ("a Russian drone attack", "Israel's strikes"), or the subject of
 *   the main clause after a leading "During a visit to India,". It is no object of a preposition,
 *   opens its list ("Wen, Hatoyama and Lee meet" is not Hatoyama meeting Lee), heads its phrase
 *   ("Israeli forces", not "an Israeli Arab assailant") and is of a type the kind allows (a state or
 *   a group attacks, a person does not: EVENT_KINDS' agentTypes);
 * - a name before a passive is its subject or owns it ("Chile's tests were condemned"), not a name inside it;
 * - a supply names goods (weapons, fuel, aid), not money, people or a speech;
 * - a meeting or an attack is not a sports match.
 * The page matcher does not gate: a page sentence must agree with a KB event anyway.
 */
import WORDS from './data/event-evidence.json';
import { compoundNoun, isAdverb } from './event-happened';
import { EVENT_KINDS, type EventKind } from './event-kinds';
import type { EventActor, RoleActors } from './event-types';
import { ACCUSE_WORDS, AUXILIARIES, BE_FORMS, PHRASAL_PARTICLES, QUANTITY_WORDS, REALIZED_BEFORE_TO } from './event-words';
import type { Word } from './tokenize';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
export const CONDITIONALS = set(WORDS.conditionals);
export const ACTING_NOUNS = set(WORDS.actingNouns);
export const TOPIC_GOVERNORS = set(WORDS.topicGovernors);
export const GOODS = set(WORDS.goods);
export const SPORTS_WORDS = set(WORDS.sportsWords);
export const LEADING_WORDS = set(WORDS.leadingWords);
export const TOPIC_VERBS = set(WORDS.topicVerbs);
export const TALLY_WORDS: readonly string[] = WORDS.tallyWords;
export const ADVERBIAL_PHRASES: readonly string[][] = WORDS.adverbialPhrases.map((p) => p.split(' '));

const CLAUSE_END = /[;:—–,()]/;
const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? '';
const capitalized = (w: Word | undefined) => /^\p{Lu}/u.test(w?.text ?? '');
/** Whether the trigger at `t` is read as a verb: not a noun the tagger calls one ("drone strikes", "their peace talks"). */
const isVerb = (words: readonly Word[], t: number, kind: EventKind) => Boolean(words[t]?.tags.has('Verb')) && !compoundNoun(words, t, kind);
const inActor = (actors: readonly EventActor[], i: number) => actors.some((a) => a.first <= i && i <= a.last);

/** Whether the clause of the word at `t` is a condition ("if Iran attacks Tel Aviv") or the sentence a question. */
export function conditional(words: readonly Word[], t: number): boolean {
  if (words.at(-1)?.post.includes('?') || /\?$/.test(words.at(-1)?.text ?? '')) return true;
  for (let i = t - 1; i >= 0; i--) {
    if (CONDITIONALS.has(lower(words[i]))) return true;
    if (CLAUSE_END.test(words[i]?.post ?? '')) return false;
  }
  return false;
}

/** Whether the perfect at `t` tells a tally, not one happening: "has bombed 2,804 targets so far", "have been delivered to date". */
export function tally(words: readonly Word[], t: number): boolean {
  let i = t - 1;
  while (isAdverb(words[i]) || /^(been|being)$/.test(lower(words[i]))) i--;
  if (!/^(has|have|had)$/.test(lower(words[i]))) return false;
  const text = ` ${words
    .slice(t + 1)
    .map(lower)
    .join(' ')} `;
  return TALLY_WORDS.some((phrase) => text.includes(` ${phrase} `));
}

/** Whether the verb at `t` is finite: a present or past form, or a participle after an auxiliary ("has deployed", "were handed"). */
export function finiteVerb(words: readonly Word[], t: number): boolean {
  const w = words[t];
  // A base form ("Peru and Chile meet") is finite unless "to" makes it an infinitive (modals are read before: event-happened.ts).
  if (!w) return false;
  let i = t - 1;
  while (isAdverb(words[i])) i--;
  // "has been supplying", "were handed", "has deployed": the auxiliary carries the tense.
  if (AUXILIARIES.has(lower(words[i]))) return !/^(be|being|been)$/.test(lower(words[i])) || AUXILIARIES.has(lower(words[i - 1]));
  // "is able to provide", "began to send": the act happened (event-happened.ts reads the same list).
  // "must be used to provide aid": "used" in the passive names a purpose, not a habit.
  if (lower(words[i]) === 'to') return REALIZED_BEFORE_TO.has(lower(words[i - 1])) && !(lower(words[i - 1]) === 'used' && BE_FORMS.has(lower(words[i - 2])));
  // "having visited Somalia", "visiting the summit": a participle or a gerund alone tells no happening of its own.
  if (w.tags.has('Gerund') || lower(words[i]) === 'having') return false;
  return w.tags.has('PastTense') || w.tags.has('PresentTense');
}

/** The first word of the noun phrase that ends with the noun at `t`: back over determiners, modifiers, names and numbers. */
function phraseStart(words: readonly Word[], t: number): number {
  let i = t - 1;
  while (i >= 0) {
    const w = words[i] as Word;
    if (CLAUSE_END.test(w.post) || w.tags.has('Preposition') || TOPIC_GOVERNORS.has(lower(w)) || /^(and|or|but|that)$/.test(lower(w))) break;
    if (w.tags.has('Verb') && !/^\p{Lu}/u.test(w.text)) break;
    i--;
  }
  return i + 1;
}

/**
 * Whether the noun trigger at `t` is what something is about, not what is told: after "over", "to",
 * "amid", the object of a verb that judges or mourns it, or of a verb that is not finite ("to provide aid").
 */
export function topicNoun(words: readonly Word[], t: number, kind: EventKind): boolean {
  const start = phraseStart(words, t);
  // "carried out the attack": the verb before its particle governs.
  const at = PHRASAL_PARTICLES.has(lower(words[start - 1])) ? start - 2 : start - 1;
  const gov = words[at];
  if (!gov || CLAUSE_END.test(gov.post)) return false;
  // Aid has no actor and is told "for" whom, or called for: "calls for humanitarian pauses in Gaza" (event-happened.ts).
  if (TOPIC_GOVERNORS.has(lower(gov))) return !(lower(gov) === 'for' && EVENT_KINDS[kind].clusterBy === 'where');
  // "condemns the recent attack", "investigates the bombing", "blamed for the strikes": judged, told or mourned.
  const verb = lower(gov);
  if (TOPIC_VERBS.has(verb) || ACCUSE_WORDS.has(verb) || EVENT_KINDS.condemn.verbs.includes(verb)) return true;
  // "must be used to provide humanitarian aid": the verb that carries the noun is not finite.
  return Boolean(gov.tags.has('Verb') && !gov.tags.has('Gerund') && !AUXILIARIES.has(verb) && !finiteVerb(words, at));
}

/** Whether `words[from, to)` hold only what may stand between a subject and its verb: auxiliaries, adverbs, other listed names and their titles. */
function subjectGap(words: readonly Word[], actors: readonly EventActor[], from: number, to: number): boolean {
  // "Russia in turn is handing": a set adverbial phrase stands between as an adverb does.
  const phrase = ADVERBIAL_PHRASES.find((p) => p.every((x, k) => lower(words[from + k]) === x));
  if (phrase) return subjectGap(words, actors, from + phrase.length, to);
  for (let i = from; i < to; i++) {
    const w = words[i] as Word;
    // "Chinese and Japanese diplomats meet", "Cameron and the French President Sarkozy meet", "Malian Air Force jets bomb".
    const listed =
      inActor(actors, i) || /^(and|&)$/.test(lower(w)) || (capitalized(w) && !w.tags.has('Verb')) || w.tags.has('Determiner') || ACTING_NOUNS.has(lower(w));
    // "North Korea is able to provide": a verb that makes it real, then "to".
    const realized = REALIZED_BEFORE_TO.has(lower(w)) || (lower(w) === 'to' && REALIZED_BEFORE_TO.has(lower(words[i - 1])));
    if (!(listed || realized || AUXILIARIES.has(lower(w)) || isAdverb(w))) return false;
    // A comma only between listed names ("Russia, Iran and Turkey meet"), never before the verb.
    if (CLAUSE_END.test(w.post) && !(w.post.trim() === ',' && listed && i < to - 1)) return false;
  }
  return !CLAUSE_END.test(words[from - 1]?.post ?? '');
}

/** Whether the name `a` is the object of a preposition ("a row over Peruvian Air Force strikes"): then it opens no clause and is no subject. */
function governedByPreposition(words: readonly Word[], a: EventActor): boolean {
  let i = a.first - 1;
  // "over" may be tagged an adjective: a topic governor stops the walk.
  const modifier = (w: Word | undefined) =>
    w && !CLAUSE_END.test(w.post) && !TOPIC_GOVERNORS.has(lower(w)) && (w.tags.has('Determiner') || w.tags.has('Adjective'));
  while (modifier(words[i])) i--;
  const w = words[i];
  // "Thousands of North Korean soldiers": "of" after a quantity counts them, it governs nothing.
  if (lower(w) === 'of' && (QUANTITY_WORDS.has(lower(words[i - 1])) || words[i - 1]?.tags.has('Value'))) return false;
  return Boolean(w && !CLAUSE_END.test(w.post) && (w.tags.has('Preposition') || TOPIC_GOVERNORS.has(lower(w))));
}

/**
 * Whether `a` is the second name of a list whose first the clause left out: a person, a comma, then
 * `a` with its title ("Wen Jiabao, Japanese Prime Minister Yukio Hatoyama and …"). The event would
 * miss a party.
 */
export function listCut(words: readonly Word[], actors: readonly EventActor[], a: EventActor): boolean {
  let i = a.first - 1;
  while (i >= 0 && /^\s+$/.test(words[i]?.post ?? '') && (capitalized(words[i]) || words[i]?.tags.has('Determiner'))) i--;
  const before = actors.find((p) => p.last === i && p.type === 'person');
  return Boolean(before && i >= 0 && (words[i]?.post ?? '').trim() === ',' && a.type === 'person');
}

/** Whether `a` heads its phrase: no noun follows it but one of those who act for it ("Israeli forces", "Ukrainian drones"). */
export function headsPhrase(words: readonly Word[], a: EventActor, t: number): boolean {
  let head = a.last;
  for (let i = a.last + 1; i < words.length && i !== t; i++) {
    const w = words[i] as Word;
    if (CLAUSE_END.test(words[i - 1]?.post ?? '') || w.tags.has('Verb') || w.tags.has('Preposition') || !(w.tags.has('Noun') || w.tags.has('Adjective'))) break;
    head = i;
  }
  return head === a.last || ACTING_NOUNS.has(lower(words[head]));
}

/** Whether `a` is "by X" after the trigger, the agent of a passive or of a noun ("an airstrike by the RSF", "condemned by Secretary Blinken"), or "from X" of what is sent. */
function byAgent(words: readonly Word[], a: EventActor, t: number, kind: EventKind): boolean {
  if (a.first <= t) return false;
  let i = a.first - 1;
  const modifier = (w: Word | undefined) => w && !CLAUSE_END.test(w.post) && (w.tags.has('Determiner') || w.tags.has('Adjective') || capitalized(w));
  while (i > t && modifier(words[i])) i--;
  // "shipments of shells from Pyongyang to Moscow": what is sent comes from its sender.
  const from = lower(words[i]) === 'from' && EVENT_KINDS[kind].keepsObjects;
  return (lower(words[i]) === 'by' || from) && !CLAUSE_END.test(words[i]?.post ?? '');
}

/** Whether `a` stands right before the noun at `t`, only lowercase modifiers between: "a Russian drone attack", "Israel's strikes". */
function premodifier(words: readonly Word[], a: EventActor, t: number): boolean {
  if (a.last >= t || CLAUSE_END.test(words[a.last]?.post ?? '')) return false;
  return words.slice(a.last + 1, t).every((w) => /^\p{Ll}/u.test(w.text) && !w.tags.has('Verb') && !w.tags.has('Preposition') && !CLAUSE_END.test(w.post));
}

/** The kind's light verb that governs the noun at `t` ("launches 55 drone strikes", "makes his first visit"), if any. */
function lightVerbOf(words: readonly Word[], t: number, kind: EventKind): number | null {
  for (let i = t - 1; i >= Math.max(0, t - 6); i--) {
    if (EVENT_KINDS[kind].lightVerbs.includes(lower(words[i]))) return i;
    // "carried out the first combined attack": a participle after a determiner or an adjective modifies the noun.
    const modifier = words[i - 1]?.tags.has('Determiner') || words[i - 1]?.tags.has('Adjective') || PHRASAL_PARTICLES.has(lower(words[i]));
    if (CLAUSE_END.test(words[i]?.post ?? '') || (words[i]?.tags.has('Verb') && !modifier)) return null;
  }
  return null;
}

/** Whether `a` is the subject of the main clause after a leading phrase that holds the noun at `t`: "During a visit to India, Cameron warns". */
function leadingPhraseSubject(words: readonly Word[], actors: readonly EventActor[], a: EventActor, t: number): boolean {
  if (!LEADING_WORDS.has(lower(words[0])) || words.slice(0, t).some((w) => CLAUSE_END.test(w.post))) return false;
  const comma = words.findIndex((w, i) => i >= t && CLAUSE_END.test(w.post));
  if (comma < 0 || a.first <= comma || a.type !== 'person') return false;
  // The main clause's subject: the first name right before a finite verb ("…, including President Yoon, Blinken discussed").
  const subject = (x: EventActor) => x.first > comma && !x.modifies && Boolean(words[x.last + 1]?.tags.has('Verb')) && finiteVerb(words, x.last + 1);
  return actors.filter(subject).sort((x, y) => x.first - y.first)[0] === a;
}

/** Whether the actor `a` of the trigger at `t` stands where grammar makes it the one who acts. */
export function actorSlot(words: readonly Word[], actors: readonly EventActor[], a: EventActor, t: number, kind: EventKind): boolean {
  if (byAgent(words, a, t, kind)) return headsPhrase(words, a, t);
  if (a.last >= t) return leadingPhraseSubject(words, actors, a, t);
  if (isVerb(words, t, kind))
    return subjectGap(words, actors, a.last + 1, t) && headsPhrase(words, a, t) && !governedByPreposition(words, a) && !listCut(words, actors, a);
  if (premodifier(words, a, t)) return true;
  const light = lightVerbOf(words, t, kind);
  return light !== null && a.last < light && subjectGap(words, actors, a.last + 1, light) && headsPhrase(words, a, light) && finiteVerb(words, light);
}

/**
 * Whether a name before the verb at `t` that it acts on is its subject or owns it: "Chile was attacked",
 * "Chile's missile tests were condemned"; not "protests in Chile are criticized".
 */
function targetSlot(words: readonly Word[], actors: readonly EventActor[], a: EventActor, t: number, kind: EventKind): boolean {
  if (a.last > t || !isVerb(words, t, kind)) return true;
  if (/['’]s$/.test(words[a.last]?.text ?? '') || /^['’]s?\b/.test(words[a.last]?.post ?? ''))
    return !words.slice(a.last, t).some((w) => CLAUSE_END.test(w.post));
  return subjectGap(words, actors, a.last + 1, t) && headsPhrase(words, a, t);
}

/** Everything the gate reads of one clause. */
export interface ClauseEvidence {
  words: readonly Word[];
  actors: readonly EventActor[];
  t: number;
  /** The end of the trigger's object side. */
  right: number;
  kind: EventKind;
  roles: RoleActors;
}

/** Whether the clause's evidence is strong enough for the KB (see the file's comment). */
export function strongEvidence({ words, actors, t, right, kind, roles }: ClauseEvidence): boolean {
  const k = EVENT_KINDS[kind];
  if (conditional(words, t)) return false;
  if (isVerb(words, t, kind) ? !finiteVerb(words, t) || tally(words, t) : topicNoun(words, t, kind)) return false;
  if (roles.agents.some((a) => !k.agentTypes.includes(a.type) || !actorSlot(words, actors, a, t, kind))) return false;
  if (roles.targets.some((a) => !targetSlot(words, actors, a, t, kind))) return false;
  if (k.needsGoods && !words.slice(t + 1, Math.max(right, t + 1)).some((w) => GOODS.has(lower(w)))) return false;
  return !(k.notSport && words.some((w) => SPORTS_WORDS.has(lower(w))));
}
