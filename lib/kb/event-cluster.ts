/**
 * One event from many tellings: clauses join an event when they are of the same kind, share an
 * actor, and agree on whom or where it was done to ("North Korea is able to provide munitions to
 * Russia" and "North Korea has been supplying artillery shells to Russia"). Direction counts:
 * Russia supplying North Korea is another event. Greedy in corpus order, so the result is stable.
 */
import { appendTo } from '../multimap';
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

/** The refs a clause must share with an event: its agents, or for aid where it goes. */
const keysOf = (kind: EventKind, c: Pick<EventObservation, 'agents' | 'targets' | 'places'>) =>
  (kind === 'aid' ? where(c) : c.agents).map((k) => `${kind}|${k}`);

/** Clauses grouped into events, in corpus order. Clusters are indexed by their keys, so a large corpus is not compared pairwise. */
export function clusterEvents(observations: readonly EventObservation[]): EventCluster[] {
  const clusters: EventCluster[] = [];
  const byKey = new Map<string, number[]>();
  for (const o of observations) {
    const keys = keysOf(o.kind, o);
    const candidates = [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => a - b);
    // The oldest fitting event, as a scan in corpus order would find.
    let home = candidates.find((i) => clusters[i]?.clauses.some((c) => sameEvent(c, o, o.kind)));
    if (home === undefined) {
      home = clusters.push({ kind: o.kind, clauses: [] }) - 1;
    }
    clusters[home]?.clauses.push(o);
    for (const k of keys) if (!byKey.get(k)?.includes(home)) appendTo(byKey, k, home);
  }
  return clusters;
}
