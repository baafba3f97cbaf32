import { HIT_SLOP_PX } from './constants';
import type { MarkIndex, MarkType, PageMark } from './mark-index';

/** The text position under a point: `caretPositionFromPoint` (standard), else WebKit's `caretRangeFromPoint`. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left - HIT_SLOP_PX && x <= r.right + HIT_SLOP_PX && y >= r.top - HIT_SLOP_PX && y <= r.bottom + HIT_SLOP_PX) return true;
  }
  return false;
}

/**
 * The mark under the point, if any. The caret lookup gives the nearest text position even in
 * a margin or past a line's end, so the point must also fall inside one of the mark's boxes.
 * A name inside an event sentence lies under both marks: the name wins, the sentence takes the rest.
 * Marks of a type the reader hid (`shown` false) are not there.
 */
export function markAt(index: MarkIndex, doc: Document, x: number, y: number, shown: (type: MarkType) => boolean = () => true): PageMark | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  let event: PageMark | null = null;
  for (const mark of index.inNode(caret.node)) {
    if (!shown(mark.type) || !mark.range.isPointInRange(caret.node, caret.offset) || (event && mark.type === 'event')) continue;
    if (!rectsContain(mark.range.getClientRects(), x, y)) continue;
    if (mark.type !== 'event') return mark;
    event = mark;
  }
  return event;
}
