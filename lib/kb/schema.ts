/**
 * The knowledge base as the extension and the CLI read it, sorted and de-duplicated by the builder
 * so the same corpus always gives the same bytes. On disk it is packed (packed.ts, shards.ts).
 */

import type { EventKind } from '../nlp/event-kinds';

/**
 * Bumped on every incompatible change; `parseKb` refuses any other version. 2: events with kind and
 * roles. 3: packed on disk (packed.ts: each sentence once, documents and entities by number).
 */
export const KB_VERSION = 3;

import type { EntityType } from './entity-types';

export type { EntityType } from './entity-types';

export interface KbDocument {
  /** Corpus file name, the document's id everywhere else in the KB. */
  file: string;
  /** Headline, or a title derived from the first sentence when the file has none (`titleDerived`). */
  title: string;
  titleDerived: boolean;
  subtitle: string | null;
  source: string | null;
  /** YYYY-MM-DD or null. */
  date: string | null;
  url: string | null;
  authors: string[];
  dateline: string | null;
  /** Hashes of a few word shingles of the body: recognizes the same article on a page (see fingerprint.ts). */
  fingerprint: number[];
}

export interface KbRole {
  /** "U.S. Defense Secretary", "head of US foreign policy". */
  text: string;
  doc: string;
  /** The sentence the role was read from. */
  sentence: string;
}

export interface KbCoverage {
  doc: string;
  /** Sentences of that document that mention the entity, in order, at most a few. */
  sentences: string[];
}

export interface KbEntity {
  /** Stable slug of the canonical name, unique in the KB. */
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen in the corpus (apostrophes straightened), sorted. */
  aliases: string[];
  roles: KbRole[];
  /** Files that mention the entity in article text (never boilerplate), sorted. */
  docs: string[];
  coverage: KbCoverage[];
  /** Other entities mentioned in the same sentences, most strongly associated first (lib/kb/association.ts), with how many sentences they share. */
  related: { id: string; count: number }[];
}

export interface KbEvent {
  /** Stable slug of the label, unique in the KB. */
  id: string;
  /** One line: "North Korea supplies munitions to Russia". */
  label: string;
  kind: EventKind;
  /** YYYY-MM-DD: the earliest day its own sentences date it to, against their articles' dates ("on Wednesday"), or null. */
  date: string | null;
  /** Entity id of where it happened, or null. */
  place: string | null;
  /** Entity ids of who acts ("North Korea" supplying) and who is acted on ("Russia"): the matcher checks direction with them. */
  agents: string[];
  targets: string[];
  /** Entity ids of everyone and everywhere involved, agents first. */
  participants: string[];
  docs: string[];
  /** The sentences that tell it, per document. */
  coverage: KbCoverage[];
  /** Id of the first event of the chain it belongs to (a war, a series of visits: event-storyline.ts), or null when it stands alone. */
  storyline: string | null;
}

export interface Kb {
  version: number;
  /** The newest document date in the corpus: how fresh the KB is (deterministic, unlike a build clock). */
  date: string | null;
  documents: KbDocument[];
  entities: KbEntity[];
  events: KbEvent[];
}
