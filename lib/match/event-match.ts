/**
 * Sentences of a page that tell a KB event, in whatever words: the page's event clauses (read as
 * the builder reads the corpus, the kinds' paraphrases too) against the KB's events, by kind,
 * actor, whom or where it was done to, and date: on a dated page the sentence's day must fall
 * within the event's window. Runs only on sentences that name something and hold an event word,
 * so a page without events costs a set look-up per word.
 */
import { dayNumber } from '../corpus/parse-date';
import { sameEvent } from '../kb/event-cluster';
import { writtenDate } from '../kb/event-dates';
import { entityRef } from '../kb/event-observe';
import type { KbIndex } from '../kb/kb-index';
import type { KbEvent } from '../kb/schema';
import { appendTo } from '../multimap';
import type { Detected } from '../nlp/detect';
import { EVENT_KINDS } from '../nlp/event-kinds';
import { clausesOfText } from '../nlp/event-sentences';
import type { EventClause } from '../nlp/event-types';
import type { EventMention } from './types';

/** Whether the clause's day lies within the event's window of days (its kind's), when both are dated. */
function inWindow(event: KbEvent, clause: EventClause): boolean {
  if (!event.date || !clause.date) return true;
  return Math.abs(dayNumber(clause.date) - dayNumber(event.date)) <= EVENT_KINDS[event.kind].windowDays;
}

/**
 * Two participants in common, in roles that agree, within the event's days: the clause tells this
 * event. Where direction does not matter (a meeting), who is named first does not either.
 */
function tells(event: KbEvent, clause: EventClause): boolean {
  if (event.kind !== clause.kind || !inWindow(event, clause)) return false;
  const roles = { agents: event.agents, targets: event.targets, places: event.place ? [event.place] : [] };
  const parties = [...clause.agents, ...clause.targets];
  const actsAsInKb = parties.filter((p) => roles.agents.includes(p));
  const asTold = EVENT_KINDS[clause.kind].directed ? clause : { ...clause, agents: actsAsInKb, targets: parties.filter((p) => !actsAsInKb.includes(p)) };
  if (!sameEvent(roles, asTold, clause.kind)) return false;
  const beyondAgents = [...parties, ...clause.places, ...clause.others].filter((p) => !asTold.agents.includes(p));
  return beyondAgents.some((p) => event.participants.includes(p));
}

/** KB events by each of their agents (aid, which has none, under ''): a clause is checked only against events it could tell. */
const byAgent = new WeakMap<KbIndex, Map<string, KbEvent[]>>();

function candidates(index: KbIndex, clause: EventClause): KbEvent[] {
  let map = byAgent.get(index);
  if (!map) {
    map = new Map();
    for (const e of index.kb.events) for (const a of e.agents.length ? e.agents : ['']) appendTo(map, a, e);
    byAgent.set(index, map);
  }
  const keys = clause.kind === 'aid' ? [''] : EVENT_KINDS[clause.kind].directed ? clause.agents : [...clause.agents, ...clause.targets];
  return [...new Set(keys.flatMap((k) => map.get(k) ?? []))];
}

/** The KB events `text` (a page of date `date`, if known) tells, one entry per sentence and event, in text order. */
export function matchEvents(
  index: KbIndex,
  text: string,
  detected: readonly Detected[],
  entityOf: (d: Detected) => string | null,
  date: string | null = null,
): EventMention[] {
  if (!index.kb.events.length) return [];
  const ctx = {
    articleDate: date,
    dateline: null,
    refOf: (name: string, type: Detected['type']) => entityRef(index, name, type),
    writtenDate: (clause: string) => writtenDate(clause, date),
    paraphrases: true,
  };
  const found: EventMention[] = [];
  for (const clause of clausesOfText(detected, entityOf, ctx)) {
    for (const event of candidates(index, clause)) {
      if (!tells(event, clause) || found.some((f) => f.id === event.id && f.start === clause.start)) continue;
      found.push({ id: event.id, label: event.label, text: text.slice(clause.start, clause.end), start: clause.start, end: clause.end });
    }
  }
  return found.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}
