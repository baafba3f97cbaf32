import type { MarkType } from './mark-index';

/** How entity marks look: a tint with an underline (the default), the underline alone, or a stronger tint alone. */
export type MarkStyle = 'tint-underline' | 'underline' | 'tint';

export const MARK_STYLES: readonly MarkStyle[] = ['tint-underline', 'underline', 'tint'];

/** Which kinds of marks show: each entity type, and event sentences (names the KB lacks have their own setting, showUnknown). */
export type MarkTypes = Record<Exclude<MarkType, 'unknown'>, boolean>;

/**
 * The CSS highlight name a type's marks are registered under in a style (marks.css styles each).
 * The default style keeps the plain names ("backstory-person"); event sentences and unknown names have one look.
 */
export function highlightName(type: MarkType, style: MarkStyle): string {
  return type === 'event' || type === 'unknown' || style === 'tint-underline' ? `backstory-${type}` : `backstory-${type}-${style}`;
}
