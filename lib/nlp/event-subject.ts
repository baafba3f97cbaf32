/**
 * Who acts in an event clause when no "by X" says so: the names nearest before the trigger
 * ("Russians and North Koreans were deployed", "Blinken's visit"), the owner of "its" ("North
 * Korea and its provision of arms"), or, after a leading phrase ("During a meeting with Mark
 * Rutte, Blinken said"), the first name after it.
 */
import type { EventActor } from './event-types';
import type { Word } from './tokenize';

const LEADING_PHRASE = new Set(['in', 'during', 'at', 'after', 'before', 'following', 'amid']);
const PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Text between two names of one list: "Russians and North Koreans", "Blinken-Yoon". */
const LIST_GAP = /^[\s,&-]*(?:and|or)?[\s,]*$/i;

/** "in Seoul", "at Kursk": where the subject was, not who it is. ("pressure on Moscow" may still act.) */
function isLocative(words: readonly Word[], a: EventActor): boolean {
  return a.type === 'place' && /^(in|at|near)$/i.test(words[a.first - 1]?.text ?? '');
}

/** The text between two actors. */
function gapText(words: readonly Word[], a: EventActor, b: EventActor): string {
  return words
    .slice(a.last, b.first)
    .map((w, k) => (k === 0 ? w.post : `${w.text}${w.post}`))
    .join('');
}

/** The nearest actor before word `t` (from `from`), with the names listed together with it. */
function nearestGroup(words: readonly Word[], actors: readonly EventActor[], from: number, t: number): EventActor[] {
  const before = actors.filter((a) => a.first >= from && a.last < t && !isLocative(words, a));
  const group: EventActor[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i] as EventActor;
    const after = group[0];
    if (after) {
      if (!LIST_GAP.test(gapText(words, a, after))) break;
    }
    group.unshift(a);
  }
  return group;
}

/** The first actor in `[from, to)` with the names listed after it: the subject a clause opens with. */
function firstGroup(words: readonly Word[], actors: readonly EventActor[], from: number, to: number): EventActor[] {
  const inside = actors.filter((a) => a.first >= from && a.last < to);
  const group = inside.slice(0, 1);
  for (const a of inside.slice(1)) {
    const before = group.at(-1) as EventActor;
    if (!LIST_GAP.test(gapText(words, before, a))) break;
    group.push(a);
  }
  return group;
}

export function subjectOf(words: readonly Word[], actors: readonly EventActor[], at: { from: number; left: number; t: number; right: number }): EventActor[] {
  const group = nearestGroup(words, actors, at.left, at.t);
  if (group.length) return group;
  const owner = words.slice(at.left, at.t).find((w) => PRONOUNS.has(w.text.toLowerCase()));
  if (owner) return nearestGroup(words, actors, at.from, at.t).slice(-1);
  // "Blinken landed in Seoul and arrived at talks": the verb after "and" shares the clause's subject.
  if (/^(and|or)$/i.test(words[at.left - 1]?.text ?? '')) return firstGroup(words, actors, at.from, at.left);
  if (at.left === at.from && LEADING_PHRASE.has(words[at.from]?.text.toLowerCase() ?? '')) {
    const after = actors.filter((a) => a.first >= at.right);
    const person = after.find((a) => a.type === 'person') ?? after[0];
    return person ? [person] : [];
  }
  return [];
}
