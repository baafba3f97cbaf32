/**
 * What the event card shows: plain data, rendered by components/EventCard. Related coverage
 * leaves out the page being read, as on entity cards (coverageOf).
 */
import type { EventKind } from '../nlp/event-kinds';
import { type CardModel, coverageOf, type PageRef } from './card-model';
import type { KbIndex } from './kb-index';
import type { EntityType } from './schema';

export interface EventParticipant {
  id: string;
  name: string;
  type: EntityType;
  /** Who acts, who is acted on, or who else is involved: the card lists actors first. */
  role: 'agent' | 'target' | 'other';
}

export interface EventCardModel {
  id: string;
  /** The one-line summary: "North Korea supplies munitions to Russia". */
  label: string;
  kind: EventKind;
  /** YYYY-MM-DD or null. */
  date: string | null;
  place: { id: string; name: string } | null;
  /** Everyone involved but the place, actors first. */
  participants: EventParticipant[];
  /** Corpus articles that tell it, newest first, never the page being read. */
  coverage: CardModel['coverage'];
  /** How many corpus articles tell it, the page being read included: "told in 2 articles". */
  articleCount: number;
  kbDate: string | null;
}

/** The card for event `id`, or null when the KB has no such event. */
export function toEventCardModel(index: KbIndex, id: string, page: PageRef): EventCardModel | null {
  const event = index.event(id);
  if (!event) return null;
  const place = event.place ? index.entity(event.place) : undefined;
  const role = (p: string): EventParticipant['role'] => (event.agents.includes(p) ? 'agent' : event.targets.includes(p) ? 'target' : 'other');
  return {
    id: event.id,
    label: event.label,
    kind: event.kind,
    date: event.date,
    place: place ? { id: place.id, name: place.name } : null,
    participants: event.participants.flatMap((p) => {
      const e = p === event.place ? undefined : index.entity(p);
      return e ? [{ id: e.id, name: e.name, type: e.type, role: role(p) }] : [];
    }),
    coverage: coverageOf(index, event.coverage, page),
    articleCount: event.docs.length,
    kbDate: index.kb.date,
  };
}
