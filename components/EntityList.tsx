import { ENTITY_TYPES } from '~/lib/kb/entity-types';
import type { PageEntity, PageEvent } from '~/lib/messages';
import { TYPE_HEADINGS } from './format';

export interface EntityListProps {
  entities: readonly PageEntity[];
  events: readonly PageEvent[];
  /** Scroll the page to the entity's first mention, or to the event's first sentence. */
  onReveal(id: string, kind: 'entity' | 'event'): void;
}

/** A page's entities grouped by type, each with its count of mentions, then its events. */
export function EntityList({ entities, events, onReveal }: EntityListProps) {
  const groups = ENTITY_TYPES.map((type) => ({ type, items: entities.filter((e) => e.type === type) })).filter((g) => g.items.length);
  return (
    <div class="entity-list">
      {groups.map(({ type, items }) => (
        <section key={type} aria-labelledby={`group-${type}`}>
          <h2 id={`group-${type}`}>
            {TYPE_HEADINGS[type]} <span class="count">{items.length}</span>
          </h2>
          <ul>
            {items.map((e) => (
              <li key={e.id}>
                <button type="button" class={`entity type-${e.type}`} onClick={() => onReveal(e.id, 'entity')}>
                  <span class="name">{e.name}</span>
                  <span class="count" title={`${e.count} mention${e.count === 1 ? '' : 's'}`}>
                    {e.count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {events.length > 0 && (
        <section aria-labelledby="group-events">
          <h2 id="group-events">
            Events <span class="count">{events.length}</span>
          </h2>
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <button type="button" class="event" onClick={() => onReveal(e.id, 'event')}>
                  <span class="name">{e.label}</span>
                  <span class="count" title={`told in ${e.count} sentence${e.count === 1 ? '' : 's'}`}>
                    {e.count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
