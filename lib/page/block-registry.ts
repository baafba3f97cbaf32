import type { BlockEvent, BlockMark, BlockUnknown } from '../messages';
import { appendTo } from '../multimap';
import type { PageBlock } from './text-blocks';
import type { Resumable } from './time-slice';

/** A block the background knows by `id`; `marks` is null until its answer arrives. */
export interface KnownBlock extends PageBlock {
  id: number;
  marks: BlockMark[] | null;
  /** Its sentences that tell KB events (empty until the answer arrives). */
  events: BlockEvent[];
  /** Names in it the KB lacks (empty until the answer arrives). */
  unknown: BlockUnknown[];
}

/** What a rescan changed. */
export interface BlockChanges {
  /** New text: to send to the background. */
  fresh: KnownBlock[];
  /** Same text on new nodes (a framework re-rendered it): marks are redrawn, nothing is sent. */
  relocated: KnownBlock[];
  /** Gone from the page, or its text changed: its marks go, and the background forgets it. */
  dropped: KnownBlock[];
}

const sameNodes = (a: PageBlock, b: PageBlock) => a.segments.length === b.segments.length && a.segments.every((s, i) => s.node === b.segments[i]?.node);

/** Blocks taken between looks at the time budget (time-slice.ts). */
const BLOCKS_PER_CHECK = 200;

/**
 * The blocks the background has been sent, by element. A rescan of some scopes tells apart text
 * that is new, text re-rendered unchanged (React replacing a paragraph: kept under its id, no
 * new request, so live pages cause no request storm), and text that is gone.
 */
export function createBlockRegistry() {
  let nextId = 1;
  const byElement = new Map<Element, KnownBlock>();
  const byId = new Map<number, KnownBlock>();
  const forget = (k: KnownBlock) => {
    byElement.delete(k.element);
    byId.delete(k.id);
  };
  const remember = (k: KnownBlock) => {
    byElement.set(k.element, k);
    byId.set(k.id, k);
  };

  return {
    get: (id: number) => byId.get(id),
    all: () => [...byId.values()],

    /**
     * Takes the blocks now found inside `scopes` (a full rescan passes the article root). Yields
     * every BLOCKS_PER_CHECK blocks, so a page of thousands of blocks is taken in slices.
     */
    *update(found: readonly PageBlock[], scopes: readonly Element[]): Resumable<BlockChanges> {
      const foundByElement = new Map(found.map((f) => [f.element, f]));
      const gone: KnownBlock[] = [];
      let seen = 0;
      for (const k of byElement.values()) {
        if (++seen % BLOCKS_PER_CHECK === 0) yield;
        const now = foundByElement.get(k.element);
        if (!k.element.isConnected || (scopes.some((s) => s.contains(k.element)) && now?.text !== k.text)) gone.push(k);
      }
      gone.forEach(forget);
      const reusable = new Map<string, KnownBlock[]>();
      for (const k of gone) appendTo(reusable, k.text, k);
      const changes: BlockChanges = { fresh: [], relocated: [], dropped: [] };
      for (const f of found) {
        if (++seen % BLOCKS_PER_CHECK === 0) yield;
        const known = byElement.get(f.element);
        if (known) {
          if (!sameNodes(known, f)) changes.relocated.push(Object.assign(known, { segments: f.segments }));
          continue;
        }
        const reused = reusable.get(f.text)?.shift();
        const block = reused
          ? Object.assign(reused, { element: f.element, segments: f.segments })
          : { ...f, id: nextId++, marks: null, events: [], unknown: [] };
        remember(block);
        (reused ? changes.relocated : changes.fresh).push(block);
      }
      changes.dropped = [...reusable.values()].flat();
      return changes;
    },

    /** Forgets every block (navigation to another page, or off). */
    clear(): KnownBlock[] {
      const all = [...byId.values()];
      byElement.clear();
      byId.clear();
      return all;
    },
  };
}

export type BlockRegistry = ReturnType<typeof createBlockRegistry>;
