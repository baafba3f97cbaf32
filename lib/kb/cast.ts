import type { EntityType } from './entity-types';
import type { KbIndex } from './kb-index';
import { leadLine } from './lead-line';

/** One of an article's cast: a person, place, organization or event, with its one-line background. */
export interface CastMember {
  kind: 'entity' | 'event';
  id: string;
  name: string;
  type: EntityType | 'event';
  /** The entity's lead line as of the page's date, or the event's date; null when the KB has neither. */
  line: string | null;
}

/**
 * The cast of a page from its entities and events in order of first appearance, each entity's line
 * as of `asOf` (the page's date, or today); ids the KB lacks are left out.
 */
export function castOf(index: KbIndex, order: readonly { kind: 'entity' | 'event'; id: string }[], asOf: string): CastMember[] {
  return order.flatMap(({ kind, id }): CastMember[] => {
    if (kind === 'event') {
      const event = index.event(id);
      return event ? [{ kind, id, name: event.label, type: 'event', line: event.date }] : [];
    }
    const entity = index.entity(id);
    return entity ? [{ kind, id, name: entity.name, type: entity.type, line: leadLine(index, entity, asOf) }] : [];
  });
}
