/**
 * Who acts in an event clause when no "by X" says so: the names nearest before the trigger
 * ("Russians and North Koreans were deployed", "Blinken's visit"), the owner of "its" ("North
 * Korea and its provision of arms"), or, after a leading phrase ("During a meeting with Mark
 * Rutte, Blinken said"), the first name after it.
 */
import type { EventActor } from './event-actors';
import type { Word } from './tokenize';

const LEADING_PHRASE = new Set(['in', 'during', 'at', 'after', 'before', 'following', 'amid']);
const PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Text between two names of one list: "Russians and North Koreans", "Blinken-Yoon". */
const LIST_GAP = /^[\s,&-]*(?:and|or)?[\s,]*$/i;

/** The nearest actor before word `t` (from `from`), with the names listed together with it. */
function nearestGroup(words: readonly Word[], actors: readonly EventActor[], from: number, t: number): EventActor[] {
  const before = actors.filter((a) => a.first >= from && a.last < t);
  const group: EventActor[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i] as EventActor;
    const after = group[0];
    if (after) {
      const gap = words
        .slice(a.last, after.first)
        .map((w, k) => (k === 0 ? w.post : `${w.text}${w.post}`))
        .join('');
      if (!LIST_GAP.test(gap)) break;
    }
    group.unshift(a);
  }
  return group;
}

export function subjectOf(words: readonly Word[], actors: readonly EventActor[], at: { from: number; left: number; t: number; right: number }): EventActor[] {
  const group = nearestGroup(words, actors, at.left, at.t);
  if (group.length) return group;
  const owner = words.slice(at.left, at.t).find((w) => PRONOUNS.has(w.text.toLowerCase()));
  if (owner) return nearestGroup(words, actors, at.from, at.t).slice(-1);
  if (at.left === at.from && LEADING_PHRASE.has(words[at.from]?.text.toLowerCase() ?? '')) {
    const after = actors.filter((a) => a.first >= at.right);
    const person = after.find((a) => a.type === 'person') ?? after[0];
    return person ? [person] : [];
  }
  return [];
}
