import { HOVER_DWELL_MS } from '~/lib/page/constants';

/** The reader's settings, kept in `storage.local` under SETTINGS_KEY (the content script and the popup both read it). */
export interface Settings {
  /** How long the pointer rests on a mark before its card opens. */
  hoverDwellMs: number;
  /** Also mark people, places and organizations the knowledge base does not know (a quieter mark, a card that says so). */
  showUnknown: boolean;
  /** 'plain' (students): a short card, one background line and key dates first; 'standard': every role, related names and coverage. */
  cardMode: CardMode;
}

export type CardMode = 'standard' | 'plain';

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { hoverDwellMs: HOVER_DWELL_MS, showUnknown: false, cardMode: 'standard' };

/** The dwell times the popup offers: quick for fast readers, slow for readers who rest the pointer on the text. */
export const DWELL_CHOICES = [
  { label: 'Quickly', ms: 200 },
  { label: 'Normally', ms: HOVER_DWELL_MS },
  { label: 'Slowly', ms: 800 },
] as const;

/** Settings from whatever storage holds (missing, old or hand-edited values fall back to the defaults). */
export function toSettings(stored: unknown): Settings {
  const value = (stored ?? {}) as Partial<Settings>;
  const dwell = value.hoverDwellMs;
  return {
    hoverDwellMs: typeof dwell === 'number' && Number.isFinite(dwell) && dwell >= 0 && dwell <= 5000 ? dwell : DEFAULT_SETTINGS.hoverDwellMs,
    showUnknown: typeof value.showUnknown === 'boolean' ? value.showUnknown : DEFAULT_SETTINGS.showUnknown,
    cardMode: value.cardMode === 'plain' || value.cardMode === 'standard' ? value.cardMode : DEFAULT_SETTINGS.cardMode,
  };
}
