import type { MarkType } from './mark-index';

/** How entity marks look: a tint with an underline (the default), the underline alone, or a stronger tint alone. */
export type MarkStyle = 'tint-underline' | 'underline' | 'tint';

export const MARK_STYLES: readonly MarkStyle[] = ['tint-underline', 'underline', 'tint'];

/** The styles marks.css lacks, injected into a page only when its reader chose one of them (entrypoints/mark-styles.css). */
export const MARK_STYLES_CSS = '/assets/mark-styles.css';

/** True when `style`'s rules are not in marks.css, which every page gets, but in MARK_STYLES_CSS. */
export const needsMarkStylesCss = (style: MarkStyle) => style !== 'tint-underline';

/** Which kinds of marks show: each entity type, and event sentences (names the KB lacks have their own setting, showUnknown). */
export type MarkTypes = Record<Exclude<MarkType, 'unknown'>, boolean>;

/**
 * The CSS highlight name a type's marks are registered under in a style (marks.css and mark-styles.css style them).
 * The default style keeps the plain names ("backstory-person"); event sentences and unknown names have one look.
 */
export function highlightName(type: MarkType, style: MarkStyle): string {
  return type === 'event' || type === 'unknown' || style === 'tint-underline' ? `backstory-${type}` : `backstory-${type}-${style}`;
}
