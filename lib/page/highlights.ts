import { byType, type EntityType } from '../kb/entity-types';
import type { MarkType } from './mark-index';
import { highlightName, type MarkStyle, type MarkTypes } from './mark-style';

/** Highlight names in the default style, styled by `::highlight(...)` in marks.css (other styles: mark-style.ts). */
export const HIGHLIGHT_NAMES = {
  ...(byType((t) => `backstory-${t}`) as { [T in EntityType]: `backstory-${T}` }),
  /** A sentence that tells a KB event. */
  event: 'backstory-event',
  /** A name the KB does not know (drawn only when the reader asks for them). */
  unknown: 'backstory-unknown',
  /** The mention whose card is open. */
  active: 'backstory-active',
  /** A mention the popup or the keyboard just jumped to. */
  flash: 'backstory-flash',
} as const;

/** The marks on the page: one CSS highlight per entity type and one for event sentences; adding one changes nothing in the DOM. */
export interface Highlighter {
  add(range: Range, type: MarkType): void;
  remove(range: Range, type: MarkType): void;
  /** Shows `range` (or nothing) as the open card's mention. */
  setActive(range: Range | null): void;
  /** Flashes `range` for `ms` milliseconds. */
  flash(range: Range, ms: number): void;
  /** Shows only the mark types chosen, in `style`: the ranges stay, only their registration changes, so it applies at once. */
  show(types: MarkTypes, style: MarkStyle): void;
}

/** True where the CSS Custom Highlight API is available (Chrome 105+, Firefox 140+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Registers Backstory's highlights in `CSS.highlights`; aborting `signal` removes them all at
 * once, and with them every mark. The registry is shared with the page's scripts, so it holds
 * ranges only, never what the KB says about them.
 */
export function createHighlighter(signal: AbortSignal): Highlighter {
  /** The name each highlight is registered under now (a hidden type has none). */
  const registered = new Map<Highlight, string>();
  const register = (highlight: Highlight, name: string | null) => {
    const old = registered.get(highlight);
    if (old === name) return;
    if (old) CSS.highlights.delete(old);
    if (name) CSS.highlights.set(name, highlight);
    if (name) registered.set(highlight, name);
    else registered.delete(highlight);
  };
  signal.addEventListener(
    'abort',
    () => {
      for (const name of registered.values()) CSS.highlights.delete(name);
    },
    { once: true },
  );
  const make = (name: string, priority: number) => {
    const highlight = new Highlight();
    highlight.priority = priority;
    register(highlight, name);
    return highlight;
  };
  const highlights = {
    ...byType((t) => make(HIGHLIGHT_NAMES[t], 0)),
    // Below the entity marks: a name inside an event sentence shows as a name.
    event: make(HIGHLIGHT_NAMES.event, -1),
    unknown: make(HIGHLIGHT_NAMES.unknown, 0),
  };
  const active = make(HIGHLIGHT_NAMES.active, 1);
  const flash = make(HIGHLIGHT_NAMES.flash, 2);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(flashTimer), { once: true });
  return {
    add: (range, type) => void highlights[type].add(range),
    remove: (range, type) => void highlights[type].delete(range),
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    flash(range, ms) {
      clearTimeout(flashTimer);
      flash.clear();
      flash.add(range);
      flashTimer = setTimeout(() => flash.clear(), ms);
    },
    show(types, style) {
      if (signal.aborted) return;
      for (const type of Object.keys(highlights) as MarkType[]) {
        register(highlights[type], type === 'unknown' || types[type] ? highlightName(type, style) : null);
      }
    },
  };
}
