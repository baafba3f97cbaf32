/**
 * The KB the extension looks things up in: the bundled KB, the packs the reader loaded over it,
 * and the user's own KB over them. An entity (or event) with the same id in both is one, with both sides' aliases, roles,
 * documents, coverage and co-mentions; the bundled side gives its name and type. Document ids
 * never clash: the user's start with "user:" (lib/user-corpus/user-article.ts). The user's articles
 * were read against the bundled KB (lib/match/kb-resolver.ts), so the names they share have its ids.
 */
import type { KbIndex } from './kb-index';
import { byCode } from './kb-state';
import { KEPT_RELATED } from './merge-entities';
import type { Kb, KbCoverage, KbEntity, KbEvent } from './schema';

/** The newer of two KB dates. */
const newer = (a: string | null, b: string | null) =>
  [a, b]
    .flatMap((d) => d ?? [])
    .sort(byCode)
    .at(-1) ?? null;
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const coverage = (a: readonly KbCoverage[], b: readonly KbCoverage[]) => [...a, ...b.filter((c) => !a.some((x) => x.doc === c.doc))];

function layerEntity(base: KbEntity, user: KbEntity): KbEntity {
  const userCounts = new Map(user.related.map((r) => [r.id, r.count]));
  return {
    ...base,
    aliases: union(base.aliases, user.aliases).sort(byCode),
    roles: [...base.roles, ...user.roles.filter((r) => !base.roles.some((x) => x.text === r.text && x.doc === r.doc))],
    docs: union(base.docs, user.docs).sort(byCode),
    coverage: coverage(base.coverage, user.coverage),
    // The base's order is by strength of association over its whole corpus; the reader's few
    // articles add their counts, and partners only they give come after.
    related: [
      ...base.related.map((r) => ({ id: r.id, count: r.count + (userCounts.get(r.id) ?? 0) })),
      ...user.related.filter((r) => !base.related.some((b) => b.id === r.id)),
    ].slice(0, KEPT_RELATED),
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
    date: newer(base.date, user.date),
    documents: [...base.documents, ...user.documents],
    entities: layerById(base.entities, user.entities, layerEntity),
    events: layerById(base.events, user.events, layerEvent),
  };
}

/** A Kb whose date is known at once and whose lists are layered only when first read (all of them is costly for a large KB). */
function lazyLayeredKb(base: Kb, over: Kb): Kb {
  let whole: Kb | undefined;
  const layered = () => {
    whole ??= layerKbs(base, over);
    return whole;
  };
  return {
    version: base.version,
    date: newer(base.date, over.date),
    get documents() {
      return layered().documents;
    },
    get entities() {
      return layered().entities;
    },
    get events() {
      return layered().events;
    },
  };
}

/**
 * One index of two: `over` (the user's articles, or a loaded pack) layered over `base`. It asks
 * both indexes each time, so a sharded one (whose `entity` gives fuller records once `ensure` has
 * read their shards) stays sharded; records both sides know are merged once per pair of records.
 * Counts and whole lists are worked out only when first read.
 */
export function layerIndexOver(base: KbIndex, over: KbIndex): KbIndex {
  const merged = new WeakMap<object, WeakMap<object, KbEntity | KbEvent>>();
  const both = <T extends KbEntity | KbEvent>(b: T | undefined, u: T | undefined, merge: (b: T, u: T) => T): T | undefined => {
    if (!b || !u) return b ?? u;
    const withBase = merged.get(b) ?? new WeakMap<object, KbEntity | KbEvent>();
    merged.set(b, withBase);
    const known = (withBase.get(u) as T | undefined) ?? merge(b, u);
    withBase.set(u, known);
    return known;
  };
  const entity = (id: string) => both(base.entity(id), over.entity(id), layerEntity);
  const event = (id: string) => both(base.event(id), over.event(id), layerEvent);
  /** Both sides' answers as layered records, each id once. */
  const ids = <T extends { id: string }>(lists: readonly (readonly T[])[], get: (id: string) => T | undefined) =>
    [...new Set(lists.flatMap((list) => list.map((x) => x.id)))].flatMap((id) => get(id) ?? []);
  let counts: KbIndex['counts'] | undefined;
  return {
    kb: lazyLayeredKb(base.kb, over.kb),
    // Records `over` has that `base` lacks (a user's articles always are: ids starting "user:").
    get counts() {
      counts ??= {
        articles: base.counts.articles + over.counts.articles,
        entities: base.counts.entities + over.kb.entities.filter((e) => !base.entity(e.id)).length,
        events: base.counts.events + over.kb.events.filter((e) => !base.event(e.id)).length,
      };
      return counts;
    },
    entity,
    document: (file) => over.document(file) ?? base.document(file),
    documentHead: (file) => over.documentHead(file) ?? base.documentHead(file),
    byAlias: (key) => ids([base.byAlias(key), over.byAlias(key)], entity),
    byNamePart: (key) => ids([base.byNamePart(key), over.byNamePart(key)], entity),
    event,
    eventsWith: (entityId) => ids([base.eventsWith(entityId), over.eventsWith(entityId)], event),
    // Documents `over` has at hand (a user's) need not be looked for in `base`; one neither has at hand, each looks for.
    ensure: async (needs) => {
      const documents = needs.documents?.filter((file) => !over.document(file));
      await Promise.all([over.ensure(needs), base.ensure({ ...needs, documents })]);
    },
  };
}
