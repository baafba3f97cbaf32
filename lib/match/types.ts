import type { EntityType } from '../kb/schema';

/** One entity found in a text; linked to a KB entity or not. Offsets index the annotated text. */
export interface Mention {
  text: string;
  /** The name it stands for in its text: a surname after the full name resolves to the full name ("Lindqvist" → "Maria Lindqvist"). */
  name: string;
  start: number;
  end: number;
  type: EntityType;
  entity: { id: string; name: string } | null;
  /** 0..1; links below the matcher's threshold are dropped to `entity: null`. */
  confidence: number;
  /** Why it linked, shown on the card: 'alias "DPRK"', 'surname of Park Jin'. Empty when unlinked. */
  reason: string;
}

/** A sentence of the text that tells a KB event. */
export interface EventMention {
  id: string;
  label: string;
  text: string;
  start: number;
  end: number;
}

export interface Annotation {
  mentions: Mention[];
  events: EventMention[];
}
