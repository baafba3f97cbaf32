import { firstMentions } from '~/lib/collection/first-mentions';
import type { CollectionItem, ItemSource } from '~/lib/collection/item';
import type { KbIndex } from '~/lib/kb/kb-index';
import type { TabPage } from './tab-pages';

/** Where the items come from: the page, and when. */
export interface PageVisit {
  url: string;
  title: string;
  time: number;
}

/**
 * Collection items for the entities and events of a tab's page, each at its first mention;
 * `only` keeps one of them (collecting from a card). An entity reached from a card but not on
 * the page (a related name) gets its KB name and no sentence.
 */
export function collectionItems(
  index: KbIndex,
  page: TabPage | null,
  visit: PageVisit,
  source: ItemSource,
  only?: { kind: 'entity' | 'event'; id: string },
): CollectionItem[] {
  const found = firstMentions(Object.values(page?.blocks ?? {}));
  const wanted = only ? [found.find((f) => f.kind === only.kind && f.id === only.id) ?? { ...only, surface: '', sentence: '' }] : found;
  return wanted.flatMap((f): CollectionItem[] => {
    const event = f.kind === 'event' ? index.event(f.id) : undefined;
    const entity = f.kind === 'entity' ? index.entity(f.id) : undefined;
    const name = event?.label ?? entity?.name;
    const type = event ? 'event' : entity?.type;
    if (!name || !type) return [];
    return [{ source, kind: f.kind, id: f.id, name, type, surface: f.surface || name, sentence: f.sentence, ...visit }];
  });
}
