/**
 * Whether an event word tells something that happened: not a plan ("wants to meet", "will
 * attack"), a call ("called for talks"), a cancellation or denial ("cancelled his visit", "denied
 * attacking"), an accusation ("accused Iran of attacking"), a hedge ("simulated attacks") or a
 * negation ("did not attack"). The word lists are event-words.ts; this reads them around the word.
 */
import { EVENT_KINDS, type EventKind, VISIT_WORDS } from './event-kinds';
import {
  ACCUSE_WORDS,
  AGREEMENT_NOUNS,
  AID_STAFF,
  AUXILIARIES,
  BE_FORMS,
  CALL_WORDS,
  CANCEL_WORDS,
  HEDGES,
  LOOSE_ADVERBS,
  MODALS,
  PHRASAL_PARTICLES,
  POSSESSIVE_PRONOUNS,
  REALIZED_BEFORE_TO,
  REMEMBRANCE_NOUNS,
  RETURN_WORDS,
  STANDING_WORDS,
  SUPPOSITIONS,
  WANT_WORDS,
} from './event-words';
import type { Word } from './tokenize';

/** How far back a cancellation or an accusation may stand ("cancelled the long-planned state visit"). */
const REACH = 8;
const CLAUSE_END = /[;:—–,]/;
const POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS, 'our', 'the']);
/** Before a noun event word, what makes it a topic ("a rally against the attacks"). */
const NOUN_TOPIC = new Set(['against', 'about', 'over', 'concerning', 'regarding', 'to']);
/** Before a gerund event word, what makes it a topic or a condition ("approves of sending", "barred from visiting"); not "by" (means) nor time words. */
const GERUND_TOPIC = new Set(['of', 'at', 'from', 'for', 'about', 'against', 'on', 'without', 'into', 'to', 'over', 'regarding']);

const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? '';
const isNegation = (w: Word | undefined) => /^(not|never|n't|no)$/i.test(w?.text ?? '');
/** An adverb, or a word the tagger may read as another word that stands as one (LOOSE_ADVERBS). */
export const isAdverb = (w: Word | undefined) => Boolean(w?.tags.has('Adverb')) || LOOSE_ADVERBS.has(lower(w));

/** Whether the event word at `t`, tagged a verb, is the kind's noun after a noun or an adjective: "will restart trade talks", "peace talks", "growing attacks". */
export const compoundNoun = (words: readonly Word[], t: number, kind: EventKind) => {
  const before = words[t - 1];
  return Boolean(
    EVENT_KINDS[kind].nouns.includes(lower(words[t])) &&
      before &&
      /^\s+$/.test(before.post) &&
      /^\p{Ll}/u.test(before.text) &&
      (before.tags.has('Noun') || before.tags.has('Adjective')) &&
      !before.tags.has('Verb'),
  );
};

/** The verb that carries the event at `t`: the word itself, or the light verb of a noun ("will hold talks" → "hold"). */
function head(words: readonly Word[], t: number, kind: EventKind): number {
  if (words[t]?.tags.has('Verb') && !compoundNoun(words, t, kind)) return t;
  const light = EVENT_KINDS[kind].lightVerbs;
  for (let i = t - 1; i >= Math.max(0, t - 4); i--) {
    if (light.includes(lower(words[i]))) return i;
    if (words[i]?.tags.has('Verb') || CLAUSE_END.test(words[i]?.post ?? '')) break;
  }
  return t;
}

/** The verb that governs the noun at `t`, light or not, or `t` itself: it carries the noun's tense and mood ("will resume their peace talks"). */
function governing(words: readonly Word[], t: number, kind: EventKind): number {
  // "their peace talks", "will restart trade talks": compromise may tag a noun after a possessive or a noun a verb.
  if (words[t]?.tags.has('Verb') && !compoundNoun(words, t, kind) && !words.slice(Math.max(0, t - 2), t).some((w) => POSSESSIVES.has(lower(w)))) return t;
  for (let i = t - 1; i >= Math.max(0, t - 4); i--) {
    if (words[i]?.tags.has('Verb') && !AUXILIARIES.has(lower(words[i]))) return i;
    if (CLAUSE_END.test(words[i]?.post ?? '')) break;
  }
  return t;
}

/**
 * Whether the event word at `t` is what something is about, not what happened: a noun after
 * "against", "about", "over" ("a rally against the attacks", "objects to EU sanctions"), a gerund
 * after a preposition other than of time or means ("approves of sending", "from visiting"), or a
 * noun that only tells of its kind standing (sanctions with no verb imposing them).
 */
function onlyTopic(words: readonly Word[], t: number, kind: EventKind): boolean {
  let i = t - 1;
  const modifier = (w: Word | undefined) =>
    w &&
    /^\s+$/.test(w.post) &&
    !NOUN_TOPIC.has(lower(w)) &&
    !w.tags.has('Verb') &&
    (w.tags.has('Determiner') || w.tags.has('Adjective') || w.tags.has('Noun') || /^\p{Lu}/u.test(w.text));
  while (modifier(words[i])) i--;
  const prep = lower(words[i]);
  if (words[t]?.tags.has('Gerund')) return GERUND_TOPIC.has(prep);
  // "over terror attacks": compromise may tag a noun after a noun a verb.
  if (words[t]?.tags.has('Verb') && !compoundNoun(words, t, kind)) return false;
  if (NOUN_TOPIC.has(prep)) return true;
  // "the 20th anniversary of the transfer", "the victims of the attack": an earlier happening remembered.
  if (prep === 'of' && REMEMBRANCE_NOUNS.has(lower(words[i - 1]))) return true;
  // "claims responsibility for the attack", "arrives for talks": what it is for, not what happened. Aid is told "for" whom.
  if (prep === 'for' && kind !== 'aid') return true;
  return Boolean(EVENT_KINDS[kind].nounNeedsLightVerb) && head(words, t, kind) === t;
}

/** The verb that `h` is coordinated with ("will undergo surgery and hand power" → "undergo"), or `h`: they share tense and mood. */
function coordinated(words: readonly Word[], h: number): number {
  let i = h - 1;
  while (isAdverb(words[i])) i--;
  if (!/^(and|or)$/.test(lower(words[i])) || CLAUSE_END.test(words[i - 1]?.post ?? '')) return h;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    if (/[;:—–]/.test(words[j]?.post ?? '')) break;
    if (words[j]?.tags.has('Verb') && !AUXILIARIES.has(lower(words[j])) && !words[j]?.tags.has('Gerund')) return j;
  }
  return h;
}

/** Whether the verb at `h` is negated, modal, or a plan or purpose ("wants to", "is set to"). */
function unrealizedVerb(words: readonly Word[], h: number): boolean {
  for (let i = h - 1; i >= Math.max(0, h - 4); i--) {
    const w = words[i];
    if (isNegation(w) || MODALS.has(lower(w))) return true;
    if (lower(w) === 'to') {
      let j = i - 1;
      while (isAdverb(words[j])) j--;
      // "wants to meet", "are to hold talks", "divisions to be deployed": a plan or a purpose, unless it began or could happen.
      return !REALIZED_BEFORE_TO.has(lower(words[j]));
    }
    if (!(AUXILIARIES.has(lower(w)) || isAdverb(w))) return false;
  }
  return false;
}

/** Whether a cancellation, an accusation or a call stands before `t` in its phrase, before any other verb. */
function stoppedOrClaimed(words: readonly Word[], t: number, kind: EventKind): boolean {
  for (let i = t - 1; i >= Math.max(0, t - REACH); i--) {
    const w = words[i] as Word;
    if (CLAUSE_END.test(w.post)) return false;
    const text = lower(w);
    if (CANCEL_WORDS.has(text) || WANT_WORDS.has(text)) return true;
    const via = lower(words[i + 1]);
    if (ACCUSE_WORDS.has(text) && i < t - 1) return true;
    // Aid has no actor: a call for it is how the news tells it ("calls for humanitarian pauses in Gaza").
    if (CALL_WORDS.has(text) && via === 'for' && kind !== 'aid') return true;
    // Go on past the kind's light verb and its particle ("of carrying out attacks").
    const light = EVENT_KINDS[kind].lightVerbs.includes(text) || PHRASAL_PARTICLES.has(text);
    if (w.tags.has('Verb') && !AUXILIARIES.has(text) && !light) return false;
  }
  return false;
}

const isFiniteVerb = (w: Word | undefined) =>
  Boolean(w && (w.tags.has('PastTense') || w.tags.has('PresentTense') || BE_FORMS.has(lower(w))) && !w.tags.has('Gerund') && !w.tags.has('Infinitive'));

/**
 * Whether the verb at `t` only describes the noun before it while another verb tells the
 * happening: "soldiers deployed as peacekeepers were killed", "a unit stationed in Iraq is under
 * investigation". Troops and goods sent are then a standing state or an earlier act, not this one.
 */
function describesNoun(words: readonly Word[], t: number): boolean {
  const before = words[t - 1];
  if (!before || !/^\p{Ll}/u.test(before.text) || !before.tags.has('Noun') || before.tags.has('Verb') || !/^\s+$/.test(before.post)) return false;
  if (!words[t]?.tags.has('PastTense') && !words[t]?.tags.has('Participle')) return false;
  let first = t - 1;
  while (first > 0 && !CLAUSE_END.test(words[first - 1]?.post ?? '')) first--;
  let last = t;
  while (last < words.length - 1 && !CLAUSE_END.test(words[last]?.post ?? '')) last++;
  return words.slice(first, last + 1).some((w, k) => first + k !== t && isFiniteVerb(w));
}

/** Words back from an event word that a supposition may stand ("any help Russia gives"): the noun it qualifies and the actor between. */
const SUPPOSITION_REACH = 4;

/** Whether the event word at `t` tells what "any …" would be: "any help Russia gives North Korea would meet a response". */
function supposed(words: readonly Word[], t: number): boolean {
  for (let i = t - 1; i >= Math.max(0, t - SUPPOSITION_REACH); i--) {
    if (CLAUSE_END.test(words[i]?.post ?? '')) return false;
    if (SUPPOSITIONS.has(lower(words[i]))) return true;
  }
  return false;
}

/**
 * Whether the participle at `t` tells where troops stand: after a present "is" or "are", or a plain
 * noun ("forces are stationed", "soldiers still stationed"); "have been stationed since October" tells when they came.
 */
function standing(words: readonly Word[], t: number): boolean {
  if (!STANDING_WORDS.has(lower(words[t]))) return false;
  let i = t - 1;
  while (isAdverb(words[i])) i--;
  const before = words[i];
  return Boolean(before && (/^(is|are)$/.test(lower(before)) || (before.tags.has('Noun') && !before.tags.has('ProperNoun') && /^\p{Ll}/u.test(before.text))));
}

/** Whether the event noun at `t` only modifies the noun after it: "an attack helicopter crashed", "a strike group", "aid workers kidnapped". */
function modifiesNoun(words: readonly Word[], t: number, kind: EventKind): boolean {
  const next = words[t + 1];
  if (words[t]?.tags.has('Verb') || !next || !/^\s+$/.test(words[t]?.post ?? '')) return false;
  if (AID_STAFF.has(lower(next))) return true;
  return (
    kind === 'attack' &&
    next.tags.has('Noun') &&
    next.tags.has('Singular') &&
    !next.tags.has('Verb') &&
    !next.tags.has('ProperNoun') &&
    /^\p{Ll}+$/u.test(next.text)
  );
}

/** Whether the event word at `t` (of `kind`) tells a happening, not a plan, call, cancellation, claim, hedge or negation. */
export function toldAsHappened(words: readonly Word[], t: number, kind: EventKind): boolean {
  if ([words[t - 1], words[t - 2]].some((w) => HEDGES.has(lower(w))) || supposed(words, t)) return false;
  // "is met with protests": a meeting word in the passive is an idiom, not a meeting.
  if (!EVENT_KINDS[kind].passive && words[t]?.tags.has('Verb') && BE_FORMS.has(lower(words[t - 1]))) return false;
  if (onlyTopic(words, t, kind)) return false;
  // "a ceasefire agreement being finalized", "an attack plan": the event is what the agreement or plan is about.
  if (AGREEMENT_NOUNS.has(lower(words[t + 1])) && /^\s+$/.test(words[t]?.post ?? '')) return false;
  if (EVENT_KINDS[kind].keepsObjects && describesNoun(words, t)) return false;
  if (standing(words, t) || modifiesNoun(words, t, kind)) return false;
  // "Chávez arrives back in Cuba": a return home is no visit.
  if (VISIT_WORDS.has(lower(words[t])) && RETURN_WORDS.has(lower(words[t + 1]))) return false;
  // "a visiting forces agreement": a gerund after a determiner that is not one of the kind's nouns is an adjective.
  if (words[t]?.tags.has('Gerund') && words[t - 1]?.tags.has('Determiner') && !EVENT_KINDS[kind].nouns.includes(lower(words[t]))) return false;
  const h = head(words, t, kind);
  const g = governing(words, t, kind);
  // From the light verb: "accused Israel of carrying out attacks".
  return !unrealizedVerb(words, h) && !unrealizedVerb(words, g) && !unrealizedVerb(words, coordinated(words, g)) && !stoppedOrClaimed(words, h, kind);
}
