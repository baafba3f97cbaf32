import type { BackgroundProtocol, Client } from '~/lib/messages';
import type { CardEntry } from './card-entry';

/** A card of the KB's: an entity's or an event's (a name the KB lacks cannot be collected). */
export type KbEntry = Extract<CardEntry, { kind: 'entity' | 'event' }>;

/** What a card asks of the research collection about the entity or event it shows. */
export interface CollectionControls {
  isCollected(entry: KbEntry): Promise<boolean>;
  /** Puts it in (or takes it out); resolves to whether it is in now. */
  setCollected(entry: KbEntry, on: boolean): Promise<boolean>;
}

/** Controls over the background's collection, for the page at `url()`. */
export function createCollectionControls(request: Client<BackgroundProtocol>, url: () => string): CollectionControls {
  return {
    isCollected: ({ kind, id }) => request('isCollected', { kind, id, url: url() }),
    // The card's label is the mark's text as the page wrote it (empty for a card reached from another card).
    setCollected: ({ kind, id, label }, on) => request('collect', { kind, id, surface: label, url: url(), on }),
  };
}
