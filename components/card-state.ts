import type { CardModel } from '~/lib/kb/card-model';

/** What a card shows: each state is rendered (and tested) explicitly, as Page Previews does. */
export type CardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** The KB has no card for this entity. */
  | { status: 'empty' }
  | { status: 'ready'; model: CardModel };
