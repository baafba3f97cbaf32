/**
 * Storylines: a long story (a war, a campaign of visits) is a chain of events, not one. Events of
 * one kind whose tellings agree on their roles (sameEvent) chain when the next begins within
 * STORYLINE_GAP_DAYS of the last one's end; the chain is named by its first event's id.
 */
import { dayNumber } from '../corpus/parse-date';
import { appendTo } from '../multimap';
import { type EventCluster, keysOf, sameEvent } from './event-cluster';

/** A story is still going on when it is told again within a season. */
export const STORYLINE_GAP_DAYS = 90;

/** For each cluster (oldest first, as clusterEvents gives them), the index of its storyline's first cluster. */
export function storylineRoots(clusters: readonly EventCluster[]): number[] {
  const root = clusters.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : find(root[i] as number));
  // Per key, the clusters seen so far: a cluster chains to the latest earlier one that agrees and is recent enough.
  const byKey = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    const keys = [...new Set(cluster.clauses.flatMap((c) => keysOf(cluster.kind, c)))];
    const earlier = [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => b - a);
    const previous = earlier.find((j) => {
      const before = clusters[j] as EventCluster;
      if (!before.last || !cluster.first || dayNumber(cluster.first) - dayNumber(before.last) > STORYLINE_GAP_DAYS) return false;
      return before.clauses.some((b) => cluster.clauses.some((c) => sameEvent(b, c, cluster.kind)));
    });
    if (previous !== undefined) root[i] = find(previous);
    for (const k of keys) appendTo(byKey, k, i);
  });
  return root.map((_, i) => find(i));
}
