/**
 * The KB the extension looks things up in: the bundled KB with the user's own KB layered over
 * it. An entity (or event) with the same id in both is one, with both sides' aliases, roles,
 * documents, coverage and co-mentions; the bundled side gives its name and type. Document ids
 * never clash: the user's start with "user:" (lib/user-corpus/user-article.ts).
 */
import { createKbIndex, type KbIndex } from './kb-index';
import type { Kb, KbCoverage, KbEntity, KbEvent } from './schema';

/** As many co-mentions as the builder keeps (merge-entities.ts). */
const MAX_RELATED = 8;
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const coverage = (a: readonly KbCoverage[], b: readonly KbCoverage[]) => [...a, ...b.filter((c) => !a.some((x) => x.doc === c.doc))];

function layerEntity(base: KbEntity, user: KbEntity): KbEntity {
  const counts = new Map(base.related.map((r) => [r.id, r.count]));
  for (const r of user.related) counts.set(r.id, (counts.get(r.id) ?? 0) + r.count);
  return {
    ...base,
    aliases: union(base.aliases, user.aliases).sort(byCode),
    roles: [...base.roles, ...user.roles.filter((r) => !base.roles.some((x) => x.text === r.text && x.doc === r.doc))],
    docs: union(base.docs, user.docs).sort(byCode),
    coverage: coverage(base.coverage, user.coverage),
    related: [...counts]
      .sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))
      .slice(0, MAX_RELATED)
      .map(([id, count]) => ({ id, count })),
  };
}

function layerEvent(base: KbEvent, user: KbEvent): KbEvent {
  const dates = [base.date, user.date].flatMap((d) => d ?? []).sort(byCode);
  return {
    ...base,
    date: dates[0] ?? null,
    place: base.place ?? user.place,
    agents: union(base.agents, user.agents),
    targets: union(base.targets, user.targets),
    participants: union(base.participants, user.participants),
    docs: union(base.docs, user.docs).sort(byCode),
    coverage: coverage(base.coverage, user.coverage),
  };
}

/** Items of both lists by id, merged where both have one, sorted by id. */
function layerById<T extends { id: string }>(base: readonly T[], user: readonly T[], merge: (b: T, u: T) => T): T[] {
  const byId = new Map(base.map((item) => [item.id, item]));
  for (const item of user) {
    const known = byId.get(item.id);
    byId.set(item.id, known ? merge(known, item) : item);
  }
  return [...byId.values()].sort((a, b) => byCode(a.id, b.id));
}

/** One KB of both: the bundled KB's documents then the user's, entities and events merged by id, the newer date. */
export function layerKbs(base: Kb, user: Kb): Kb {
  return {
    version: base.version,
    date:
      [base.date, user.date]
        .flatMap((d) => d ?? [])
        .sort(byCode)
        .at(-1) ?? null,
    documents: [...base.documents, ...user.documents],
    entities: layerById(base.entities, user.entities, layerEntity),
    events: layerById(base.events, user.events, layerEvent),
  };
}

/** The index lookups see: the bundled KB's own index while the user has no articles, else one over both layers. */
export function layerIndexes(base: KbIndex, user: Kb | null): KbIndex {
  return user ? createKbIndex(layerKbs(base.kb, user)) : base;
}
