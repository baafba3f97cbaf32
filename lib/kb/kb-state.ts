/**
 * What the KB needs from a set of articles, before it is finalized into a `Kb`: the two-step
 * build's intermediate value. `extractArticle` makes one per article, `mergeStates` combines any
 * two (associative and commutative), `finalizeKb` turns one into the KB. Plain JSON, every list
 * sorted, so a state's bytes are a function of the articles it holds, whatever order they came in.
 */
import type { EventObservation } from './event-observe';
import type { EntityType, KbDocument, KbRole } from './schema';

/** Bumped on every incompatible change; `parseKbState` refuses any other version. */
export const KB_STATE_VERSION = 1;

/** The name part of a state's `type|name` key: the alias key of the name, whatever its type. */
export const nameKeyOf = (s: { key: string }) => s.key.slice(s.key.indexOf('|') + 1);

/** Everything the articles say about one (type, name key): a cluster before surnames and short forms join their full names. */
export interface EntityState {
  /** `type|alias key of the name`, the cluster's identity. */
  key: string;
  type: EntityType;
  /** Names the mentions resolve to, with how often, sorted by name. */
  names: [name: string, count: number][];
  /** Surface forms, sorted. */
  aliases: string[];
  /** Per document (sorted), the first few sentences naming it, in text order. */
  sentences: [doc: string, sentences: string[]][];
  /** Unique by (doc, text), sorted by doc then text. */
  roles: KbRole[];
  /** "doc@sentence offset" of every sentence naming it (for co-mentions), sorted. */
  places: string[];
}

export interface KbState {
  version: number;
  /** Sorted by file; a file is in a state at most once. */
  documents: KbDocument[];
  /** Sorted by key. */
  entities: EntityState[];
  /**
   * Per document (sorted by file), its event clauses in text order, participants as name refs
   * (`refKey`), not entity ids: which entity a name is only known once every article is in.
   */
  events: [doc: string, clauses: EventObservation[]][];
}

/** The byte order every list of a state is sorted in (locale-free, so every machine agrees). */
export const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A state of no articles: the identity of `mergeStates`. */
export function emptyState(): KbState {
  return { version: KB_STATE_VERSION, documents: [], entities: [], events: [] };
}

/** Checks a parsed state (a line of `backstory extract`'s output); `where` names the file and line in the error. */
export function parseKbState(json: unknown, where: string): KbState {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${where}: not a KB state (expected a JSON object)`);
  const { version, documents, entities, events } = json as Partial<KbState>;
  if (version !== KB_STATE_VERSION) {
    throw new Error(`${where}: KB state version ${String(version)}, but this Backstory reads version ${KB_STATE_VERSION}; run \`backstory extract\` again`);
  }
  if (!Array.isArray(documents) || !Array.isArray(entities) || !Array.isArray(events)) {
    throw new Error(`${where}: not a KB state (documents, entities and events must be arrays)`);
  }
  return json as KbState;
}
