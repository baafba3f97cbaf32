import type { MarkType } from './mark-index';

/** How entity marks look: a tint with an underline (the default), the underline alone, or a stronger tint alone. */
export type MarkStyle = 'tint-underline' | 'underline' | 'tint';

export const MARK_STYLES: readonly MarkStyle[] = ['tint-underline', 'underline', 'tint'];

/** Which kinds of marks show: each entity type, and event sentences. */
export type MarkTypes = Record<MarkType, boolean>;

/**
 * The CSS highlight name a type's marks are registered under in a style (marks.css styles each).
 * The default style keeps the plain names ("backstory-person"); event sentences have one look.
 */
export function highlightName(type: MarkType, style: MarkStyle): string {
  return type === 'event' || style === 'tint-underline' ? `backstory-${type}` : `backstory-${type}-${style}`;
}
