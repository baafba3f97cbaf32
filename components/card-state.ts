import type { EntityCardData } from '~/lib/messages';

/** What a card shows while its data loads, fails, is missing or has come: each state is rendered (and tested) explicitly, as Page Previews does. */
export type LoadState<M> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** The KB has no card for this entity or event. */
  | { status: 'empty' }
  | { status: 'ready'; model: M };

/** What an entity card shows. */
export type CardState = LoadState<EntityCardData>;
