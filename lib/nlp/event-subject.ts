/**
 * Who acts in an event clause when no "by X" says so: the names nearest before the trigger
 * ("Russians and North Koreans were deployed", "Blinken's visit"), the owner of "its" ("North
 * Korea and its provision of arms"), or, after a leading phrase ("During a meeting with Mark
 * Rutte, Blinken said"), the first name after it.
 */
import { isEventNoun } from './event-triggers';
import type { EventActor } from './event-types';
import {
  AUXILIARIES,
  BE_FORMS,
  NON_STATE_NOUNS,
  PHRASAL_PARTICLES,
  POSSESSIVE_PRONOUNS,
  QUANTITY_WORDS,
  SPEECH_VERBS,
  STATE_NOUNS,
  TROOPS,
} from './event-words';
import type { Word } from './tokenize';

const LEADING_PHRASE = new Set(['in', 'during', 'at', 'after', 'before', 'following', 'amid']);
/** Text between two names of one list: "Russians and North Koreans", "Blinken-Yoon". */
const LIST_GAP = /^[\s,&-]*(?:and|or)?[\s,]*$/i;
/** "Obama and the President of Cuba Raúl Castro", "Maduro and Guyanese President Ali": a title before the next name of a list. */
const TITLED_LIST_GAP = /^[\s,]*(?:and|or)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of)\s+)+$/u;

/** Prepositions whose object is where or to whom, never who acts ("flights to Phoenix", "talks with Yoon"). */
const OBLIQUE = new Set([
  'in',
  'at',
  'near',
  'to',
  'into',
  'onto',
  'on',
  'against',
  'toward',
  'towards',
  'for',
  'with',
  'across',
  'over',
  'around',
  'between',
  'of',
  // "A rocket fired from Lebanon strikes": where it came from, not who fired it.
  'from',
  // "flights through the Caribbean imposed following strikes", "claims responsibility via Amaq".
  'through',
  'via',
  'about',
  'despite',
  'during',
  'under',
  'among',
  'without',
]);

/** Whether `a` stands right before the event noun at `t`, with only lowercase modifiers between ("Israeli ground attack", "Russia's strikes"). */
function premodifies(words: readonly Word[], a: EventActor, t: number): boolean {
  if (words[t]?.tags.has('Verb') || t - a.last > 3 || /[,;:()]/.test(words[a.last]?.post ?? '')) return false;
  return words.slice(a.last + 1, t).every((w) => /^\p{Ll}/u.test(w.text) && !w.tags.has('Verb') && !w.tags.has('Preposition') && !/[,;:]/.test(w.post));
}

/** Whether `a` is the object of an oblique preposition, itself or as a later name of a list ("to Russia and China"). */
function isOblique(words: readonly Word[], actors: readonly EventActor[], a: EventActor, t: number): boolean {
  // "killed in an Israeli attack": the name before the event noun is its actor, whatever governs it.
  if (premodifies(words, a, t)) return false;
  // "pressure on Moscow not to transfer": the object of "on" is who would transfer.
  const between = words.slice(a.last + 1, t).map((w) => w.text.toLowerCase());
  if (between.join(' ') === 'to' || between.join(' ') === 'not to') return false;
  let i = a.first - 1;
  // Past determiners, adjectives and title words: "for United States House Speaker Nancy Pelosi".
  const modifies = (w: Word | undefined) =>
    Boolean(
      w &&
        /^\s*$/.test(w.post) &&
        (w.tags.has('Determiner') || w.tags.has('Adjective') || (/^\p{Lu}/u.test(w.text) && !w.tags.has('Verb') && !OBLIQUE.has(w.text.toLowerCase()))),
    );
  // "Secretary of State Antony Blinken", "The President of the United States Barack Obama": "of" inside a title governs nothing.
  const capital = (k: number) => /^\p{Lu}/u.test(words[k]?.text ?? '');
  const titleOf = (k: number) => words[k]?.text === 'of' && capital(k - 1) && (capital(k + 1) || (words[k + 1]?.text === 'the' && capital(k + 2)));
  while (modifies(words[i]) || titleOf(i)) i--;
  const prep = words[i]?.text.toLowerCase() ?? '';
  if (OBLIQUE.has(prep) && !(prep === 'of' && QUANTITY_WORDS.has(words[i - 1]?.text.toLowerCase() ?? ''))) return true;
  // "militants killed Pakistani soldiers in an attack": the object of another verb is no actor (a victim, often),
  // unless it is right before the event verb ("seeing Russia provide technology").
  const verbNext = words[t]?.tags.has('Verb') && words.slice(a.last + 1, t).every((w) => AUXILIARIES.has(w.text.toLowerCase()) || w.tags.has('Adverb'));
  if (takesObject(words[i]) && !verbNext) return true;
  // "In Brussels, Mark Rutte sat down": a place then a person is a leading phrase, not a list.
  const listed = actors.find((p) => p.last < a.first && p.type === a.type && LIST_GAP.test(gapText(words, p, a)));
  return listed ? isOblique(words, actors, listed, t) : false;
}

/** Particles compromise may tag as verbs: part of the verb before ("sat down for talks"). */
const PARTICLES: ReadonlySet<string> = new Set([...PHRASAL_PARTICLES, 'over', 'back']);

/** A verb that is neither an auxiliary, a particle nor one of saying (after which a new subject begins). */
const isOtherVerb = (w: Word | undefined) => {
  const text = w?.text.toLowerCase() ?? '';
  return Boolean(w?.tags.has('Verb') && !AUXILIARIES.has(text) && !SPEECH_VERBS.has(text) && !PARTICLES.has(text));
};

/** A verb whose object follows it directly ("killed Pakistani soldiers"); not a phrase ended by a comma ("In exchange, Russia"). */
const takesObject = (w: Word | undefined) =>
  Boolean(w && isOtherVerb(w) && (w.tags.has('PastTense') || w.tags.has('PresentTense') || w.tags.has('Gerund')) && /^\s*$/.test(w.post));

/**
 * Whether `a`, named before the noun event word at `t`, does it: only through an auxiliary or one
 * of the kind's light verbs ("Russia launched an attack"), never as the subject of another verb
 * ("Guterres called for an inquiry into the attacks").
 */
export function actsThrough(words: readonly Word[], a: EventActor, t: number, lightVerbs: readonly string[]): boolean {
  return words.slice(a.last + 1, t).every((w) => !isOtherVerb(w) || lightVerbs.includes(w.text.toLowerCase()));
}

/** The text between two actors. */
function gapText(words: readonly Word[], a: EventActor, b: EventActor): string {
  return words
    .slice(a.last, b.first)
    .map((w, k) => (k === 0 ? w.post : `${w.text}${w.post}`))
    .join('');
}

/** Whether `b` is listed right after `a`: "Russians and North Koreans", a title between ("Obama and the President of Cuba Raúl Castro"). */
function listedWith(words: readonly Word[], a: EventActor, b: EventActor): boolean {
  const gap = gapText(words, a, b);
  return LIST_GAP.test(gap) || (b.type === 'person' && TITLED_LIST_GAP.test(gap));
}

/** The nearest actor before word `t` (from `from`), with the names listed together with it. */
function nearestGroup(words: readonly Word[], actors: readonly EventActor[], from: number, t: number, oblique = false): EventActor[] {
  const before = actors.filter(
    (a) =>
      a.first >= from && a.last < t && (oblique || (!isOblique(words, actors, a, t) && (!a.modifies || (a.modifies === 'thing' && premodifies(words, a, t))))),
  );
  const group: EventActor[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i] as EventActor;
    const after = group[0];
    if (after && !listedWith(words, a, after)) break;
    group.unshift(a);
  }
  return oblique ? group : (appositiveHead(words, actors, group) ?? group);
}

/** "Lakhdar Brahimi, the U.N. envoy, arrives": names inside a person's appositive stand for that person. */
function appositiveHead(words: readonly Word[], actors: readonly EventActor[], group: readonly EventActor[]): EventActor[] | null {
  const first = group[0];
  if (!first) return null;
  let i = first.first - 1;
  while (words[i]?.tags.has('Determiner') && /^\s*$/.test(words[i]?.post ?? '')) i--;
  const head = actors.find((p) => p.last === i && p.type === 'person' && (words[i]?.post ?? '').includes(','));
  return head ? [head] : null;
}

/** Who an owner pronoun may stand for: "his" and "her" a person, "its" a state or a group, "their" any. */
const OWNER_TYPES: Readonly<Record<string, readonly EventActor['type'][]>> = {
  his: ['person'],
  her: ['person'],
  its: ['place', 'organization'],
  their: ['person', 'place', 'organization'],
};

/** The owner pronoun of the noun event word at `t` in its own phrase: "its provision of arms", "their first round of talks"; not "breaks into her residence and attacks". */
function ownedNoun(words: readonly Word[], t: number): string | null {
  if (words[t]?.tags.has('Verb')) return null;
  for (let i = t - 1; i >= Math.max(0, t - 6); i--) {
    const w = words[i] as Word;
    const text = w.text.toLowerCase();
    if (POSSESSIVE_PRONOUNS.has(text)) return text;
    if (w.tags.has('Verb') || /[,;:]/.test(w.post) || /^(and|or|but)$/i.test(w.text) || (w.tags.has('Preposition') && text !== 'of')) return null;
  }
  return null;
}

/** The first actor in `[from, to)` with the names listed after it: the subject a clause opens with. */
function firstGroup(words: readonly Word[], actors: readonly EventActor[], from: number, to: number): EventActor[] {
  // "A man searching for Nancy Pelosi breaks in and attacks": the object of a preposition opens no clause.
  const inside = actors.filter((a) => a.first >= from && a.last < to && !a.modifies && !isOblique(words, actors, a, to));
  const group = inside.slice(0, 1);
  for (const a of inside.slice(1)) {
    const before = group.at(-1) as EventActor;
    if (!listedWith(words, before, a)) break;
    group.push(a);
  }
  return group;
}

/** The names just before the trigger in any role: what humanitarian aid relieves ("between the Israel-Hamas war"). */
export function namesBefore(words: readonly Word[], actors: readonly EventActor[], left: number, t: number): EventActor[] {
  return nearestGroup(words, actors, left, t, true);
}

/**
 * Whether the active verb at `t` has a common noun for its subject, with no name standing in
 * that word: "a swarm of earthquakes struck Oklahoma", "Six Cuban ballet dancers arrive". Then no
 * name acts, however near. Nouns of those who act for a state or a group ("Russian forces",
 * "Hezbollah militants") leave the names before them their actors.
 */
function commonNounSubject(words: readonly Word[], actors: readonly EventActor[], t: number): boolean {
  const verb = words[t];
  // "peace talks", "drone strikes": a word that is also the kind's noun, after a noun, is that noun.
  if (!verb?.tags.has('Verb') || verb.tags.has('Gerund') || isEventNoun(verb.text.toLowerCase())) return false;
  let i = t - 1;
  while (words[i] && (AUXILIARIES.has(words[i]?.text.toLowerCase() ?? '') || words[i]?.tags.has('Adverb')) && /^\s+$/.test(words[i]?.post ?? '')) {
    // "troops were sent": the passive's subject is what moves or is acted on, read elsewhere.
    if (BE_FORMS.has(words[i]?.text.toLowerCase() ?? '')) return false;
    i--;
  }
  const head = words[i];
  if (!head || !/^\s+$/.test(head.post) || !head.tags.has('Noun') || head.tags.has('Pronoun') || head.tags.has('ProperNoun') || !/^\p{Ll}+$/u.test(head.text))
    return false;
  if (actors.some((a) => a.first <= i && i <= a.last)) return false;
  const noun = head.text.toLowerCase();
  return !STATE_NOUNS.has(noun) && !NON_STATE_NOUNS.has(noun) && !TROOPS.has(noun);
}

/** Who acts for the trigger at `at.t`, whose subject side starts at `at.left` (its sentence's claim at `at.from`). */
export function subjectOf(words: readonly Word[], actors: readonly EventActor[], at: { from: number; left: number; t: number; right: number }): EventActor[] {
  if (commonNounSubject(words, actors, at.t)) return [];
  const group = nearestGroup(words, actors, at.left, at.t);
  if (group.length) return group;
  const owner = ownedNoun(words, at.t);
  // "his first talks": a person's; "its provision of arms": a state's or a group's.
  if (owner) {
    const owners = actors.filter((a) => OWNER_TYPES[owner]?.includes(a.type));
    return nearestGroup(words, owners, at.from, at.t, true).slice(-1);
  }
  // "Blinken landed in Seoul and arrived at talks": the verb after "and" shares the clause's subject.
  if (/^(and|or)$/i.test(words[at.left - 1]?.text ?? '')) return firstGroup(words, actors, at.from, at.left);
  if (at.left === at.from && LEADING_PHRASE.has(words[at.from]?.text.toLowerCase() ?? '')) {
    // The subject of the main clause, right before its verb ("…, Blinken said"); not a place closing the phrase ("in Mogadishu, Somalia.").
    const after = actors.filter((a) => a.first >= at.right && words[a.last + 1]?.tags.has('Verb'));
    const person = after.find((a) => a.type === 'person');
    if (person) return [person];
    // "…, the governments of Afghanistan and Pakistan agree": the names listed with it act together.
    const last = after[0];
    return last ? nearestGroup(words, actors, at.right, last.last + 1, true) : [];
  }
  return [];
}
