import type { CoverageRow } from '~/lib/kb/card-model';
import type { BackgroundProtocol, Client, EntityCardData, EventCardData } from '~/lib/messages';
import type { CardEntry } from './card-entry';

/** Card data from the background, one loader per kind of card. */
export interface CardLoaders {
  entity(id: string): Promise<EntityCardData | null>;
  event(id: string): Promise<EventCardData | null>;
  /** The rows behind entity `id`'s "more articles", from rank `from` (its card's `moreCoverage`). */
  moreCoverage(id: string, from: number): Promise<CoverageRow[]>;
}

/**
 * Loaders that ask the background once per entity or event while the page lives: hovering the
 * same name again opens its card at once. A failed request is forgotten, so the next hover retries.
 */
export function createCardLoaders(request: Client<BackgroundProtocol>, url: () => string): CardLoaders {
  const cache = new Map<string, Promise<unknown>>();
  const cached = <T>(key: string, ask: () => Promise<T>): Promise<T> => {
    const known = cache.get(key) as Promise<T> | undefined;
    if (known) return known;
    const asked = ask();
    cache.set(key, asked);
    asked.catch(() => cache.delete(key));
    return asked;
  };
  return {
    entity: (id) => cached(`entity:${id}`, () => request('card', { id, url: url() })),
    event: (id) => cached(`event:${id}`, () => request('eventCard', { id, url: url() })),
    moreCoverage: (id, from) => cached(`more:${id}:${from}`, () => request('moreCoverage', { id, url: url(), from })),
  };
}

/** Asks `load` for `entry`'s card now, before it opens; a failure is left to the card's own load, which asks again. */
export function prefetchCard(load: CardLoaders, entry: CardEntry): void {
  if (entry.kind !== 'unknown') load[entry.kind](entry.id).catch(() => undefined);
}
