/**
 * Event clauses of every article (event-observe.ts) → KB events: their name refs resolved to the
 * KB's entities, clauses clustered into happenings told alike across articles (event-cluster.ts),
 * chained into storylines (event-storyline.ts), each with a label, date, place, roles, documents
 * and the sentences that tell it. Deterministic: same articles, same events, same order.
 */
import { aliasKey } from '../nlp/alias-key';
import { countryOfDemonym } from '../nlp/event-countries';
import { EVENT_KINDS } from '../nlp/event-kinds';
import { distinctRoles } from '../nlp/event-roles';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/title-words';
import { clusterEvents, type EventCluster } from './event-cluster';
import { eventLabel } from './event-label';
import { type EventObservation, resolveRef } from './event-observe';
import { storylineRoots } from './event-storyline';
import type { KbIndex } from './kb-index';
import { byCode } from './kb-state';
import type { KbEvent } from './schema';
import { slug } from './slug';

const MAX_SENTENCES_PER_DOC = 3;

/** Values by how many clauses name them, most first; ties in order of first appearance. */
function ranked(lists: readonly (readonly string[])[]): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

function toEvent(cluster: EventCluster, index: KbIndex): Omit<KbEvent, 'id' | 'storyline'> {
  const { clauses, kind } = cluster;
  const agents = ranked(clauses.map((c) => c.agents));
  const targets = ranked(clauses.map((c) => c.targets));
  const places = ranked(clauses.map((c) => c.places));
  const others = ranked(clauses.map((c) => c.others));
  const name = (id: string | undefined) => (id ? (index.entity(id)?.name ?? null) : null);
  const visit = clauses.some((c) => c.visit);
  // A visit is to a country, a meeting with a person: label by the target that fits.
  const target = (visit ? targets.find((t) => index.entity(t)?.type === 'place') : undefined) ?? targets[0];
  const place = places[0] ?? null;
  const docs = [...new Set(clauses.map((c) => c.doc))].sort(byCode);
  return {
    label: eventLabel({
      kind,
      visit,
      agent: name(agents[0]),
      target: target ? { name: name(target) ?? target, isPlace: index.entity(target)?.type === 'place' } : null,
      // "visits South Korea", not "visits South Korea in South Korea".
      place: place !== target ? name(place ?? undefined) : null,
      object: ranked(clauses.map((c) => c.objects))[0] ?? null,
    }),
    kind,
    date: cluster.first,
    place,
    agents,
    targets,
    participants: [...new Set([...agents, ...targets, ...places, ...others])],
    docs,
    coverage: docs.map((doc) => ({
      doc,
      sentences: [...new Set(clauses.filter((c) => c.doc === doc).map((c) => c.sentence))].slice(0, MAX_SENTENCES_PER_DOC),
    })),
  };
}

/**
 * Whether the KB entity named `name` is what the sentence's name (its ref) says: not a name that
 * adds a nationality the sentence does not write ("Taliban" taken for "Pakistani Taliban"), nor a
 * person's name that opens with a title in the plural or a title's modifier ("Presidents …",
 * "Prime Ministers …"): fragments of a list, a participant no reader would recognize.
 */
export function namedAsWritten(ref: string, name: string): boolean {
  const written = ref.slice(ref.indexOf('|') + 1);
  const key = aliasKey(name);
  if (key !== written && key.endsWith(` ${written}`) && countryOfDemonym(key.slice(0, -written.length - 1))) return false;
  // "Clinton meets Yang": a person written by one name only is not known to be the KB's fuller name.
  if (ref.startsWith('person|') && !written.includes(' ') && key !== written) return false;
  const first = key.split(' ')[0] ?? '';
  const plural = first.endsWith('s') && ROLE_HEADS.has(first.slice(0, -1));
  return !(ref.startsWith('person|') && key.includes(' ') && (plural || (ROLE_MODIFIERS.has(first) && !ROLE_HEADS.has(first))));
}

/** The clause with its name refs as the KB's entity ids; null when one of its parties, or too few of its names, are KB entities. */
function resolved(clause: EventObservation, index: KbIndex): EventObservation | null {
  const ids = (refs: readonly string[]) =>
    refs.map((ref) => {
      const id = resolveRef(index, ref);
      const entity = id ? index.entity(id) : undefined;
      return entity && namedAsWritten(ref, entity.name) ? entity.id : null;
    });
  const agents = ids(clause.agents);
  const targets = ids(clause.targets);
  // An event names all its parties: a meeting whose second host is no KB entity is not a meeting of one. Aid has no parties, only where it goes.
  if ([...agents, ...(EVENT_KINDS[clause.kind].clusterBy === 'agents' ? targets : [])].includes(null)) return null;
  const roles = distinctRoles({ agents, targets, places: ids(clause.places), others: ids(clause.others) });
  return EVENT_KINDS[clause.kind].complete(roles) ? { ...clause, ...roles } : null;
}

/** The events told by `clauses` (in corpus order: by file, then text), over the KB's entities in `index`. */
export function buildEvents(clauses: readonly EventObservation[], index: KbIndex): KbEvent[] {
  const known = clauses.flatMap((c) => resolved(c, index) ?? []);
  const clusters = clusterEvents(known);
  const taken = new Set<string>();
  const events = clusters.map((c): KbEvent => {
    const e = toEvent(c, index);
    const base = slug(e.label);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, ...e, storyline: null };
  });
  const roots = storylineRoots(clusters);
  const chained = new Set(roots.filter((r, i) => r !== i));
  roots.forEach((r, i) => {
    if (chained.has(r)) (events[i] as KbEvent).storyline = (events[r] as KbEvent).id;
  });
  return events.sort((a, b) => byCode(a.id, b.id));
}
