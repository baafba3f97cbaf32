/** The shapes event reading passes around: names in, actors and roles inside, clauses out. */
import type { EntityType } from '../kb/schema';
import type { EventKind } from './event-kinds';

/** A named thing in the sentence, as the caller knows it. */
export interface NamedSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name ("North Korea" for "DPRK"), for capital and country look-ups. */
  name: string;
  /** The caller's handle for it (a name, an entity id), or null when it means nothing to the caller. */
  ref: string | null;
}

export interface ClauseContext {
  /** YYYY-MM-DD of the article, to resolve "on Thursday". */
  articleDate: string | null;
  /** The caller's handle for a country or city named in words ("North Korea", "Kyiv"). */
  refOf(name: string, type: EntityType): string | null;
  /** Where the article was filed, if known: a meeting with a person and no place named happened there. */
  dateline: string | null;
  /** A date written out in the clause ("on November 3"), if the caller reads them; else relative days only. */
  writtenDate?(clause: string): string | null;
  /** Read the kinds' paraphrases too ("funnelling", "pounded"): only where a clause is checked against known events. */
  paraphrases?: boolean;
  /** Keep only clauses whose evidence is strong (event-evidence.ts): the KB build, where a clause becomes an event on its own. */
  strict?: boolean;
  /** What "the North" and "the South" stand for in this article ("north" → "North Korea"), if it sets them up. */
  shortForms?: ReadonlyMap<string, string>;
}

/** A name placed in its sentence by word index. */
export interface EventActor {
  /** Word indexes of the name in its sentence. */
  first: number;
  last: number;
  type: EntityType;
  name: string;
  ref: string | null;
  /** Set when the name only modifies what follows: a person ("UK Prime Minister Keir Starmer") or a noun of no state ("Cuban dissidents"). */
  modifies?: 'person' | 'thing';
}

/** Roles as actors, while a clause is read. */
export interface RoleActors {
  agents: EventActor[];
  targets: EventActor[];
  places: EventActor[];
  others: EventActor[];
}

/** Roles as the caller's refs, once a clause is read. */
export interface ClauseRoles {
  agents: string[];
  targets: string[];
  places: string[];
  others: string[];
}

export interface EventClause extends ClauseRoles {
  kind: EventKind;
  /** True when told as travel ("visited", "arrived in"): the event is labelled a visit. */
  visit: boolean;
  /** Nouns of what was supplied or sent ("munitions", "shells"), for the label. */
  objects: string[];
  date: string | null;
  /** The sentence's span. */
  start: number;
  end: number;
}
