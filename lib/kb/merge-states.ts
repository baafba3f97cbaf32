/**
 * Merging KB states: associative and commutative, so any grouping and order of articles gives the
 * same state (tests/kb/merge-states.test.ts), and a cluster can run it as a reduce. States of the
 * same article cannot be merged: a file is in a state at most once.
 */
import { absorbEntity, type OpenEntity, openEntity, uniqueRoles } from './entity-state';
import type { EventObservation } from './event-observe';
import { byCode, type EntityState, KB_STATE_VERSION, type KbState } from './kb-state';
import type { KbDocument } from './schema';

/** Merges states one at a time in place (a fold of `mergeStates` without re-sorting after each). */
export interface StateMerger {
  add(state: KbState): void;
  /** The merge of every state added so far, sorted. */
  state(): KbState;
}

export function createStateMerger(): StateMerger {
  const documents = new Map<string, KbDocument>();
  const entities = new Map<string, OpenEntity>();
  const events = new Map<string, EventObservation[]>();

  function addEntity(s: EntityState): void {
    let e = entities.get(s.key);
    if (!e) {
      e = openEntity(s.type);
      entities.set(s.key, e);
    }
    absorbEntity(e, s);
  }

  return {
    add(state) {
      for (const d of state.documents) {
        if (documents.has(d.file)) throw new Error(`article "${d.file}" is in two of the states being merged; extract each article once`);
        documents.set(d.file, d);
      }
      for (const s of state.entities) addEntity(s);
      for (const [doc, clauses] of state.events) events.set(doc, [...(events.get(doc) ?? []), ...clauses]);
    },
    state() {
      return {
        version: KB_STATE_VERSION,
        documents: [...documents.values()].sort((a, b) => byCode(a.file, b.file)),
        entities: [...entities]
          .sort((a, b) => byCode(a[0], b[0]))
          .map(([key, e]) => ({
            key,
            type: e.type,
            names: [...e.names].sort((a, b) => byCode(a[0], b[0])),
            aliases: [...e.aliases].sort(byCode),
            sentences: [...e.sentences].sort((a, b) => byCode(a[0], b[0])),
            roles: uniqueRoles(e.roles),
            places: [...e.places].sort(byCode),
          })),
        events: [...events].sort((a, b) => byCode(a[0], b[0])),
      };
    },
  };
}

/** The state of the articles of `a` and of `b` together. */
export function mergeStates(a: KbState, b: KbState): KbState {
  const merger = createStateMerger();
  merger.add(a);
  merger.add(b);
  return merger.state();
}
