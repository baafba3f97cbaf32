import type { KbIndex } from '../kb/kb-index';
import { allMentions, firstMentions, type MarkedBlock } from './first-mentions';
import type { CollectionItem, ItemSource } from './item';

/** Where the items come from: the page, and when. */
export interface PageVisit {
  url: string;
  title: string;
  time: number;
}

/**
 * Collection items for the entities and events of a page's blocks (in page order), each at its first mention;
 * `only` keeps one of them (collecting from a card), at its first mention written as `surface`
 * (the mark the card opened on) if there is one. An entity reached from a card but not on the
 * page (a related name) gets its KB name and no sentence.
 */
export function collectionItems(
  index: KbIndex,
  blocks: readonly MarkedBlock[],
  visit: PageVisit,
  source: ItemSource,
  only?: { kind: 'entity' | 'event'; id: string; surface: string },
): CollectionItem[] {
  const mentionOf = (o: NonNullable<typeof only>) => {
    const ofIt = allMentions(blocks).filter((m) => m.kind === o.kind && m.id === o.id);
    return ofIt.find((m) => m.surface === o.surface) ?? ofIt[0] ?? { ...o, surface: '', sentence: '' };
  };
  const wanted = only ? [mentionOf(only)] : firstMentions(blocks);
  return wanted.flatMap((f): CollectionItem[] => {
    const event = f.kind === 'event' ? index.event(f.id) : undefined;
    const entity = f.kind === 'entity' ? index.entity(f.id) : undefined;
    const name = event?.label ?? entity?.name;
    const type = event ? 'event' : entity?.type;
    if (!name || !type) return [];
    return [{ source, kind: f.kind, id: f.id, name, type, surface: f.surface || name, sentence: f.sentence, ...visit }];
  });
}
