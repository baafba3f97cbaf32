import type { KbIndex } from '~/lib/kb/kb-index';
import { annotate } from '~/lib/match/annotate';
import type { Refusals } from '~/lib/match/corrections';
import type { BlockEvent, BlockMark, BlockUnknown, TextBlock } from '~/lib/messages';

/** Between blocks in the text given to the matcher: a paragraph break, so no name spans two blocks. */
const BLOCK_SEPARATOR = '\n\n';

/** What the matcher found in one block. */
export interface BlockResult {
  id: number;
  marks: BlockMark[];
  events: BlockEvent[];
  /** Names the KB lacks (or the reader unlinked here): listed in the popup, marked only when the reader asks. */
  unknown: BlockUnknown[];
}

export interface BlockOptions {
  context?: string;
  refusals?: Refusals;
  exactNamesOnly?: boolean;
  date?: string | null;
}

/**
 * Runs the matcher (the one `backstory annotate` runs) over a batch of blocks as one document,
 * each block a range of its own, and hands each block its linked mentions and the sentences
 * that tell KB events (a sentence never crosses a block: blocks are separate ranges).
 *
 * `context` is text the page showed earlier (names already linked on it), put before the batch
 * as a range of its own: a later batch (infinite scroll, a live blog) then links "Blinken"
 * because "Antony Blinken" came earlier on the page, as it would in one pass. Nothing in the
 * context is marked. `refusals` are the links the reader refused on this site. On a page not in
 * English (`exactNamesOnly`) only the KB's names written exactly are marked. `date` is the page's
 * publication date: a sentence tells a KB event only if it dates it within the event's days.
 */
export function annotateBlocks(
  index: KbIndex,
  blocks: readonly TextBlock[],
  { context = '', refusals, exactNamesOnly = false, date = null }: BlockOptions = {},
): BlockResult[] {
  const parts = [context, ...blocks.map((b) => b.text)];
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  for (const part of parts) {
    ranges.push({ start: offset, end: offset + part.length });
    offset += part.length + BLOCK_SEPARATOR.length;
  }
  const { mentions, events } = annotate(index, parts.join(BLOCK_SEPARATOR), { ranges, refusals, exactNamesOnly, date });
  const results = blocks.map((b): BlockResult => ({ id: b.id, marks: [], events: [], unknown: [] }));
  const blockAt = (position: number) => {
    const i = lastStartAtOrBefore(ranges, position);
    return i > 0 ? { result: results[i - 1], start: ranges[i]?.start ?? 0 } : null;
  };
  for (const m of mentions) {
    const at = blockAt(m.start);
    if (!at?.result) continue;
    const span = { start: m.start - at.start, end: m.end - at.start };
    if (m.entity) at.result.marks.push({ ...span, id: m.entity.id, type: index.entity(m.entity.id)?.type ?? m.type, reason: m.reason });
    else at.result.unknown.push({ ...span, name: m.name, type: m.type });
  }
  for (const e of events) {
    const at = blockAt(e.start);
    at?.result?.events.push({ id: e.id, label: e.label, start: e.start - at.start, end: e.end - at.start });
  }
  return results;
}

/** Index of the last range starting at or before `position` (ranges sorted and disjoint). */
function lastStartAtOrBefore(ranges: readonly { start: number }[], position: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ranges[mid]?.start ?? 0) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
