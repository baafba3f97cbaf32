/**
 * One sentence tells one event of a kind: "Putin visited Sevastopol, the main city of Crimea, and
 * toured its port" is one visit, not two. Clauses of a sentence of one kind that share an actor
 * (or, for kinds without one, where it happened) become one clause with the roles of both.
 */
import { clusterRefs } from './event-kinds';
import { distinctRoles } from './event-roles';
import type { EventClause } from './event-types';

const shared = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Whether two clauses of one sentence tell the same event. */
function sameInSentence(a: EventClause, b: EventClause): boolean {
  return a.kind === b.kind && shared(clusterRefs(a.kind, a), clusterRefs(b.kind, b));
}

/** The clauses of one sentence, those telling the same event merged into the first of them. */
export function onePerEvent(clauses: readonly EventClause[]): EventClause[] {
  const merged: EventClause[] = [];
  for (const c of clauses) {
    const i = merged.findIndex((m) => sameInSentence(m, c));
    const m = merged[i];
    if (!m) {
      merged.push(c);
      continue;
    }
    const roles = distinctRoles({
      agents: [...m.agents, ...c.agents],
      targets: [...m.targets, ...c.targets],
      places: [...m.places, ...c.places],
      others: [...m.others, ...c.others],
    });
    merged[i] = { ...m, ...roles, visit: m.visit || c.visit, objects: [...new Set([...m.objects, ...c.objects])], date: m.date ?? c.date };
  }
  return merged;
}
