import { FLASH_MS } from '~/lib/page/constants';
import type { PageMark } from '~/lib/page/mark-index';
import type { Marks } from './marks';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls `mark` into the middle of the viewport and flashes it. */
export function showMark(marks: Marks, mark: PageMark): void {
  mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'instant' : 'smooth' });
  marks.highlighter.flash(mark.range, FLASH_MS);
}

/** Shows the entity's first mention (or the event's first sentence); false when the page has none. */
export function reveal(marks: Marks, id: string, kind: 'entity' | 'event'): boolean {
  const isKind = (m: PageMark) => (kind === 'event' ? m.type === 'event' : m.type !== 'event' && m.type !== 'unknown');
  const first = marks.index.ordered().find((m) => m.id === id && isKind(m));
  if (!first) return false;
  showMark(marks, first);
  return true;
}
