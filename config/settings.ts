import { byType, ENTITY_TYPE_WORDS } from '~/lib/kb/entity-types';
import { HOVER_DWELL_MS } from '~/lib/page/constants';
import { MARK_STYLES, type MarkStyle, type MarkTypes } from '~/lib/page/mark-style';

/** The reader's settings, kept under SETTINGS_KEY (settings-storage.ts: synced where the browser offers it). */
export interface Settings {
  /** How long the pointer rests on a mark before its card opens. */
  hoverDwellMs: number;
  /** Also mark people, places and organizations the knowledge base does not know (a quieter mark, a card that says so). */
  showUnknown: boolean;
  /** Which kinds of marks show. */
  markTypes: MarkTypes;
  markStyle: MarkStyle;
  /** 'plain' (students): a short card, one background line and key dates first; 'standard': every role, related names and coverage. */
  cardMode: CardMode;
  /** Keep the names marked on pages read in the research collection as 'met' (on this machine only). */
  recordMet: boolean;
}

export type CardMode = 'standard' | 'plain';

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  hoverDwellMs: HOVER_DWELL_MS,
  showUnknown: false,
  markTypes: { ...byType(() => true), event: true },
  markStyle: 'tint-underline',
  cardMode: 'standard',
  recordMet: true,
};

/** The dwell times the popup offers: quick for fast readers, slow for readers who rest the pointer on the text. */
export const DWELL_CHOICES = [
  { label: 'Quickly', ms: 200 },
  { label: 'Normally', ms: HOVER_DWELL_MS },
  { label: 'Slowly', ms: 800 },
] as const;

/** Words for the mark types and styles, as the options page shows them. */
export const MARK_TYPE_LABELS: Record<keyof MarkTypes, string> = { ...byType((t) => ENTITY_TYPE_WORDS[t].heading), event: 'Events' };
export const MARK_STYLE_LABELS: Record<MarkStyle, string> = { 'tint-underline': 'Tint and underline', underline: 'Underline only', tint: 'Tint only' };

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

function toMarkTypes(stored: unknown): MarkTypes {
  const value = (stored ?? {}) as Partial<Record<keyof MarkTypes, unknown>>;
  const types = { ...DEFAULT_SETTINGS.markTypes };
  for (const type of Object.keys(types) as (keyof MarkTypes)[]) {
    const chosen = value[type];
    if (isBoolean(chosen)) types[type] = chosen;
  }
  return types;
}

/** Settings from whatever storage holds (missing, old or hand-edited values fall back to the defaults). */
export function toSettings(stored: unknown): Settings {
  const value = (stored ?? {}) as Partial<Record<keyof Settings, unknown>>;
  const dwell = value.hoverDwellMs;
  return {
    hoverDwellMs: typeof dwell === 'number' && Number.isFinite(dwell) && dwell >= 0 && dwell <= 5000 ? dwell : DEFAULT_SETTINGS.hoverDwellMs,
    showUnknown: isBoolean(value.showUnknown) ? value.showUnknown : DEFAULT_SETTINGS.showUnknown,
    markTypes: toMarkTypes(value.markTypes),
    markStyle: MARK_STYLES.includes(value.markStyle as MarkStyle) ? (value.markStyle as MarkStyle) : DEFAULT_SETTINGS.markStyle,
    cardMode: value.cardMode === 'plain' || value.cardMode === 'standard' ? value.cardMode : DEFAULT_SETTINGS.cardMode,
    recordMet: isBoolean(value.recordMet) ? value.recordMet : DEFAULT_SETTINGS.recordMet,
  };
}
