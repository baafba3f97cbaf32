import type { BlockEvent, BlockMark } from '../messages';
import type { CollectionItem } from './item';
import { sentenceAt } from './sentence-at';

/** A page block as the background keeps it: its text with the entities and events found in it. */
export interface MarkedBlock {
  text: string;
  marks: readonly Pick<BlockMark, 'start' | 'end' | 'id' | 'type'>[];
  events: readonly BlockEvent[];
}

/** Where an entity or event shows on a page: what the collection records of it. */
export type FirstMention = Pick<CollectionItem, 'kind' | 'id' | 'type' | 'surface' | 'sentence'>;

/** Every mention of an entity or event in `blocks`, in page order, with its text as written and its sentence. */
export function allMentions(blocks: Iterable<MarkedBlock>): FirstMention[] {
  const all: FirstMention[] = [];
  for (const block of blocks) {
    const found = [
      ...block.marks.map((m) => ({ kind: 'entity' as const, id: m.id, type: m.type, start: m.start, end: m.end })),
      ...block.events.map((e) => ({ kind: 'event' as const, id: e.id, type: 'event' as const, start: e.start, end: e.end })),
    ].sort((a, b) => a.start - b.start);
    for (const f of found) {
      const surface = block.text.slice(f.start, f.end);
      // An event's span is its sentence already.
      const sentence = f.kind === 'event' ? surface.trim() : sentenceAt(block.text, f.start, f.end);
      all.push({ kind: f.kind, id: f.id, type: f.type, surface, sentence });
    }
  }
  return all;
}

/** Each entity's and event's first mention in `blocks` (page order). */
export function firstMentions(blocks: Iterable<MarkedBlock>): FirstMention[] {
  const seen = new Map<string, FirstMention>();
  for (const m of allMentions(blocks)) if (!seen.has(`${m.kind}:${m.id}`)) seen.set(`${m.kind}:${m.id}`, m);
  return [...seen.values()];
}
