/**
 * One happening from many tellings: clauses join an event when they are of the same kind, share
 * an actor, agree on whom or where it was done to ("North Korea is able to provide munitions to
 * Russia" and "North Korea has been supplying artillery shells to Russia"), and are dated within
 * the kind's window of days (EVENT_KINDS): a visit in 2018 and one in 2019 are two events.
 * Direction counts: Russia supplying North Korea is another event. Clauses are read in date
 * order (undated last, in corpus order), greedily, so the result is stable.
 */
import { dayNumber } from '../corpus/parse-date';
import { appendTo } from '../multimap';
import { clusterRefs, EVENT_KINDS, type EventKind, type KindRoles } from '../nlp/event-kinds';
import type { EventObservation } from './event-observe';

export interface EventCluster {
  kind: EventKind;
  clauses: EventObservation[];
  /** The earliest and latest clause dates, or null while no clause is dated. */
  first: string | null;
  last: string | null;
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const where = (c: KindRoles) => [...c.targets, ...c.places];

/** Whether clause `c` tells the same event as clause `e` (both of one kind), dates aside. */
export function sameEvent(e: KindRoles, c: KindRoles, kind: EventKind): boolean {
  const { agreeOn } = EVENT_KINDS[kind];
  if (!overlaps(clusterRefs(kind, e), clusterRefs(kind, c))) return false;
  if (agreeOn === 'targets') return overlaps(e.targets, c.targets);
  if (agreeOn === 'nothing') return true;
  // One happening has one place: strikes on an embassy in Kuwait and a base in Qatar are two.
  return e.places.length && c.places.length ? overlaps(e.places, c.places) : overlaps(where(e), where(c));
}

/** The refs a clause is indexed by: its agents, or for aid where it goes. */
export const keysOf = (kind: EventKind, c: KindRoles): string[] => clusterRefs(kind, c).map((k) => `${kind}|${k}`);

/** Dated clauses by date, then the undated; corpus order within a day. */
function inDateOrder(observations: readonly EventObservation[]): EventObservation[] {
  // Array.prototype.sort is stable: clauses of one day keep their corpus order.
  return [...observations].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null || b.date === null) return a.date === null ? 1 : -1;
    return a.date < b.date ? -1 : 1;
  });
}

/** Whether clause `o` falls within the window of `cluster` (always, when either is undated). */
function inWindow(cluster: EventCluster, o: EventObservation): boolean {
  if (!o.date || !cluster.first) return true;
  return dayNumber(o.date) - dayNumber(cluster.first) <= EVENT_KINDS[o.kind].windowDays;
}

/** Clauses grouped into events, oldest first. Clusters are indexed by their keys, so a large corpus is not compared pairwise. */
export function clusterEvents(observations: readonly EventObservation[]): EventCluster[] {
  const clusters: EventCluster[] = [];
  const byKey = new Map<string, number[]>();
  for (const o of inDateOrder(observations)) {
    const keys = keysOf(o.kind, o);
    const candidates = [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => a - b);
    // The oldest fitting event, as a scan in date order would find.
    let home = candidates.find((i) => {
      const c = clusters[i] as EventCluster;
      return inWindow(c, o) && c.clauses.some((x) => sameEvent(x, o, o.kind));
    });
    if (home === undefined) home = clusters.push({ kind: o.kind, clauses: [], first: null, last: null }) - 1;
    const cluster = clusters[home] as EventCluster;
    cluster.clauses.push(o);
    if (o.date) {
      cluster.first ??= o.date;
      cluster.last = o.date;
    }
    for (const k of keys) if (!byKey.get(k)?.includes(home)) appendTo(byKey, k, home);
  }
  return clusters;
}
