/**
 * What the event card shows: plain data, rendered by components/EventCard. Related coverage
 * leaves out the page being read, as on entity cards (coverageOf).
 */
import type { EventKind } from '../nlp/event-kinds';
import { type CardModel, coverageOf, type PageRef } from './card-model';
import type { KbIndex } from './kb-index';
import { byCode } from './kb-state';
import type { EntityType, KbEvent } from './schema';

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
  /** The happenings just before and after it in its storyline (a war, a series of visits), when it has one. */
  storyline: { before: StorylineNeighbour | null; after: StorylineNeighbour | null };
  kbDate: string | null;
}

export interface StorylineNeighbour {
  id: string;
  label: string;
  date: string | null;
}

/** The events of `event`'s storyline (its first event carries its own id as `storyline`) just before and after it, in date order (undated last, then by id). */
function neighbours(index: KbIndex, event: KbEvent): EventCardModel['storyline'] {
  if (!event.storyline) return { before: null, after: null };
  const chain = index.kb.events
    .filter((e) => e.storyline === event.storyline)
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || byCode(a.id, b.id));
  const at = chain.findIndex((e) => e.id === event.id);
  const brief = (e: KbEvent | undefined): StorylineNeighbour | null => (e ? { id: e.id, label: e.label, date: e.date } : null);
  return { before: brief(chain[at - 1]), after: brief(chain[at + 1]) };
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
    coverage: coverageOf(index, event.coverage, page).rows,
    articleCount: event.docs.length,
    storyline: neighbours(index, event),
    kbDate: index.kb.date,
  };
}
