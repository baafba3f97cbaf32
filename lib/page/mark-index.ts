import type { EntityType } from '../kb/schema';

/** What a mark stands for: a KB entity of a type, an event told by the sentence it covers, or a name the KB lacks. */
export type MarkType = EntityType | 'event' | 'unknown';

/** A mark on the page: a linked mention's range and its entity, or an event sentence's range and its event. */
export interface PageMark {
  blockId: number;
  range: Range;
  /** KB entity id, KB event id for type 'event', the name's type for 'unknown' (it has no id). */
  id: string;
  type: MarkType;
  /** Event marks: the event's label, shown while its card loads. */
  label?: string;
  /** Entity marks: why the matcher linked it, for the card. */
  reason?: string;
  /** The text nodes the range touches, for hit-testing. */
  nodes: readonly Text[];
}

/** The marks by block and by text node: hit-testing asks only the marks of the node under the pointer. */
export interface MarkIndex {
  add(mark: PageMark): void;
  /** The marks of a block. */
  inBlock(blockId: number): readonly PageMark[];
  /** Removes and returns the marks of a block. */
  removeBlock(blockId: number): PageMark[];
  /** Marks whose range touches `node`. */
  inNode(node: Node): readonly PageMark[];
  /** Every mark, in document order. */
  ordered(): PageMark[];
  readonly size: number;
}

export function createMarkIndex(): MarkIndex {
  const byBlock = new Map<number, PageMark[]>();
  const byNode = new Map<Node, PageMark[]>();
  let count = 0;
  return {
    add(mark) {
      byBlock.set(mark.blockId, [...(byBlock.get(mark.blockId) ?? []), mark]);
      for (const node of mark.nodes) byNode.set(node, [...(byNode.get(node) ?? []), mark]);
      count++;
    },
    inBlock: (blockId) => byBlock.get(blockId) ?? [],
    removeBlock(blockId) {
      const marks = byBlock.get(blockId) ?? [];
      byBlock.delete(blockId);
      for (const mark of marks) {
        for (const node of mark.nodes) {
          const rest = (byNode.get(node) ?? []).filter((m) => m !== mark);
          if (rest.length) byNode.set(node, rest);
          else byNode.delete(node);
        }
      }
      count -= marks.length;
      return marks;
    },
    inNode: (node) => byNode.get(node) ?? [],
    ordered: () => [...byBlock.values()].flat().sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range)),
    get size() {
      return count;
    },
  };
}
