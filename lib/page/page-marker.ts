import type { BackgroundProtocol, TextBlock } from '../messages';
import { blockRange } from './block-range';
import { createBlockRegistry, type KnownBlock } from './block-registry';
import { BATCH_CHARS } from './constants';
import type { Highlighter } from './highlights';
import type { MarkIndex } from './mark-index';
import { watchNearViewport } from './near-viewport';
import { type PageBlock, readBlocks } from './text-blocks';
import { createSlicer, runInSlices } from './time-slice';

type Annotate = BackgroundProtocol['annotate'];

export interface PageMarkerOptions {
  annotate(request: Annotate['request']): Promise<Annotate['response']>;
  highlighter: Highlighter;
  marks: MarkIndex;
  /** The page's URL now (single-page apps change it). */
  url(): string;
  /** The page's publication date (YYYY-MM-DD), or null when it gives none: cards speak as of it. */
  date(): string | null;
  /** The language the page declares for its article, or null. */
  lang(): string | null;
  /** Whether names the KB lacks are marked too (the reader's setting, read at each drawing). */
  showUnknown(): boolean;
  signal: AbortSignal;
}

/** Splits blocks into messages of about BATCH_CHARS characters each. */
function batches(blocks: readonly KnownBlock[]): KnownBlock[][] {
  const out: KnownBlock[][] = [];
  let chars = 0;
  for (const block of blocks) {
    const last = out.at(-1);
    if (last && chars + block.text.length <= BATCH_CHARS) {
      last.push(block);
      chars += block.text.length;
    } else {
      out.push([block]);
      chars = block.text.length;
    }
  }
  return out;
}

/**
 * Reads blocks, asks the background for their marks, draws them, and keeps them in step with
 * the page: `scan` rescans some scopes (a mutation batch) or the whole article.
 */
export function createPageMarker({ annotate, highlighter, marks, url, date, lang, showUnknown, signal }: PageMarkerOptions) {
  const registry = createBlockRegistry();
  let queue: Promise<void> = Promise.resolve();
  /** Scans run one after another (each reads in slices): a mutation batch never interleaves with the first read. */
  let scans: Promise<void> = Promise.resolve();
  /** Bumped by `restart`: a scan begun on the page before is thrown away. */
  let generation = 0;
  let reset = true;

  // Only the marks of blocks near the viewport are in the highlights (near-viewport.ts); the
  // mark index holds them all, for hit-testing, the popup's lists and the cast list.
  const nearness = watchNearViewport(signal, (blockId, near) => {
    for (const m of marks.inBlock(blockId)) {
      if (near) highlighter.add(m.range, m.type);
      else highlighter.remove(m.range, m.type);
    }
  });
  const erase = (blockId: number) => {
    for (const m of marks.removeBlock(blockId)) highlighter.remove(m.range, m.type);
  };
  const forget = (blockId: number) => {
    erase(blockId);
    nearness.forget(blockId);
  };
  const draw = (block: KnownBlock) => {
    erase(block.id);
    // Event sentences are marks too, of type 'event' (hit-testing lets the names in them win).
    const events = block.events.map(({ id, label, start, end }) => ({ id, label, start, end, type: 'event' as const }));
    const unknown = showUnknown() ? block.unknown.map(({ name, type, start, end }) => ({ id: type, label: name, start, end, type: 'unknown' as const })) : [];
    for (const { start, end, ...m } of [...(block.marks ?? []), ...events, ...unknown]) {
      const found = blockRange(block, start, end);
      if (!found) continue;
      marks.add({ blockId: block.id, range: found.range, nodes: found.nodes, ...m });
      if (nearness.isNear(block.id)) highlighter.add(found.range, m.type);
    }
    // Only blocks with marks are watched, each as its marks arrive, a batch at a time: the
    // browser's first look at thousands of watched elements at once would be a long task.
    if (marks.inBlock(block.id).length) nearness.watch(block.id, block.element);
    else nearness.forget(block.id);
  };
  // Requests go one at a time, in page order, so the background sees the page as it grew.
  const send = (blocks: TextBlock[], drop: number[]) => {
    queue = queue.then(async () => {
      if (signal.aborted) return;
      const request = { url: url(), date: date(), lang: lang(), blocks, drop, reset };
      reset = false;
      const answer = await annotate(request).catch(() => ({ blocks: [] }));
      for (const { id, marks: found, events, unknown } of answer.blocks) {
        const block = registry.get(id);
        if (!block || signal.aborted) continue;
        Object.assign(block, { marks: found, events, unknown });
        draw(block);
      }
    });
  };

  return {
    /**
     * Rescans `scopes` (whole blocks of the article `root`, or the root itself) and updates marks
     * and background. The text is read in slices of SLICE_MS, so even a 50,000-word article makes
     * no long task.
     */
    scan(scopes: readonly Element[], root: Element): void {
      const started = generation;
      scans = scans.then(async () => {
        const found: PageBlock[] = [];
        const slicer = createSlicer();
        // Read in a task of our own: the caller may have spent its share already (finding the article).
        await slicer.pause();
        for (const scope of scopes) {
          if (signal.aborted || started !== generation) return;
          found.push(...(await runInSlices(readBlocks(scope, root), slicer)));
        }
        if (signal.aborted || started !== generation) return;
        const changes = await runInSlices(registry.update(found, scopes), slicer);
        if (signal.aborted) return;
        // Restarted while taking the blocks in: those it took belong to the page before.
        if (started !== generation) {
          for (const block of registry.clear()) forget(block.id);
          return;
        }
        for (const block of changes.dropped) forget(block.id);
        for (const block of changes.relocated) draw(block);
        const drop = changes.dropped.map((b) => b.id);
        const parts = batches(changes.fresh);
        if (!parts.length && drop.length) send([], drop);
        parts.forEach((part, i) => {
          send(
            part.map(({ id, text }) => ({ id, text })),
            i === 0 ? drop : [],
          );
        });
      });
      // A scan that failed must not stop the ones after it; the next mutation batch rescans.
      scans = scans.catch(() => {});
    },
    /** Draws every block's marks again (the reader turned unknown names on or off): nothing is re-read or sent. */
    redraw(): void {
      for (const block of registry.all()) if (block.marks) draw(block);
    },
    /** Forgets the page (single-page navigation): every mark goes, and the next request starts the page over. */
    restart(): void {
      for (const block of registry.clear()) forget(block.id);
      generation++;
      reset = true;
    },
    /** Resolves when every scan begun so far is read, sent, answered and drawn. */
    settled: (): Promise<void> => scans.then(() => queue),
  };
}

export type PageMarker = ReturnType<typeof createPageMarker>;
