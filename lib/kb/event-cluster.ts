/**
 * One event from many tellings: clauses join an event when they are of the same kind, share an
 * actor, and agree on whom or where it was done to ("North Korea is able to provide munitions to
 * Russia" and "North Korea has been supplying artillery shells to Russia"). Direction counts:
 * Russia supplying North Korea is another event. Greedy in corpus order, so the result is stable.
 */
import type { EventKind } from '../nlp/event-kinds';
import type { EventObservation } from './event-observe';

export interface EventCluster {
  kind: EventKind;
  clauses: EventObservation[];
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const where = (c: { targets: string[]; places: string[] }) => [...c.targets, ...c.places];

/** Whether clause `c` tells the same event as clause `e` (both of one kind). */
export function sameEvent(
  e: Pick<EventObservation, 'agents' | 'targets' | 'places'>,
  c: Pick<EventObservation, 'agents' | 'targets' | 'places'>,
  kind: EventKind,
): boolean {
  if (kind === 'aid') return overlaps(where(e), where(c));
  if (!overlaps(e.agents, c.agents)) return false;
  if (kind === 'deploy') return true;
  if (kind === 'supply' || kind === 'condemn' || kind === 'sanction') return overlaps(e.targets, c.targets);
  return overlaps(where(e), where(c));
}

/** Clauses grouped into events, in corpus order. */
export function clusterEvents(observations: readonly EventObservation[]): EventCluster[] {
  const clusters: EventCluster[] = [];
  for (const o of observations) {
    const home = clusters.find((k) => k.kind === o.kind && k.clauses.some((c) => sameEvent(c, o, o.kind)));
    if (home) home.clauses.push(o);
    else clusters.push({ kind: o.kind, clauses: [o] });
  }
  return clusters;
}
