import type { PageBlock, Segment } from './text-blocks';

/** Index of the segment holding block offset `offset` (the last one starting at or before it). */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM range over block text `[start, end)` and the text nodes it touches; null when the page has changed under it. */
export function blockRange(block: PageBlock, start: number, end: number): { range: Range; nodes: Text[] } | null {
  const first = segmentAt(block.segments, start);
  const last = segmentAt(block.segments, Math.max(start, end - 1));
  const from = block.segments[first];
  const to = block.segments[last];
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const startOffset = start - from.start;
  const endOffset = end - to.start;
  if (startOffset < 0 || startOffset > from.node.length || endOffset > to.node.length) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, startOffset);
  range.setEnd(to.node, endOffset);
  const nodes = block.segments.slice(first, last + 1).map((s) => s.node);
  return { range, nodes };
}
