/**
 * Sentences of a page that tell a KB event, in whatever words: the page's event clauses (read as
 * the builder reads the corpus) against the KB's events, by kind, actor, and whom or where it
 * was done to. Runs only on sentences that name something and hold an event word, so a page
 * without events costs a set look-up per word.
 */
import { sameEvent } from '../kb/event-cluster';
import { entityRef } from '../kb/event-observe';
import type { KbIndex } from '../kb/kb-index';
import type { KbEvent } from '../kb/schema';
import { appendTo } from '../multimap';
import type { Detected } from '../nlp/detect';
import { clausesOfText } from '../nlp/event-sentences';
import type { EventClause } from '../nlp/event-types';
import type { EventMention } from './types';

/** Two participants in common, in roles that agree: the clause tells this event. */
function tells(event: KbEvent, clause: EventClause): boolean {
  if (event.kind !== clause.kind) return false;
  const roles = { agents: event.agents, targets: event.targets, places: event.place ? [event.place] : [] };
  if (!sameEvent(roles, clause, clause.kind)) return false;
  const beyondAgents = [...clause.targets, ...clause.places, ...clause.others].filter((p) => !clause.agents.includes(p));
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
  const keys = clause.kind === 'aid' ? [''] : clause.agents;
  return [...new Set(keys.flatMap((k) => map.get(k) ?? []))];
}

/** The KB events `text` tells, one entry per sentence and event, in text order. */
export function matchEvents(index: KbIndex, text: string, detected: readonly Detected[], entityOf: (d: Detected) => string | null): EventMention[] {
  if (!index.kb.events.length) return [];
  const ctx = { articleDate: null, dateline: null, refOf: (name: string, type: Detected['type']) => entityRef(index, name, type) };
  const found: EventMention[] = [];
  for (const clause of clausesOfText(detected, entityOf, ctx)) {
    for (const event of candidates(index, clause)) {
      if (!tells(event, clause) || found.some((f) => f.id === event.id && f.start === clause.start)) continue;
      found.push({ id: event.id, label: event.label, text: text.slice(clause.start, clause.end), start: clause.start, end: clause.end });
    }
  }
  return found.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}
