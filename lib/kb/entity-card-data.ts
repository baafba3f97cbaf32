import { type CardModel, type CoverageRow, cardDocuments, moreCoverageDocuments, moreCoverageOf, type PageRef, toCardModel } from './card-model';
import { toTimelineModel } from './event-timeline';
import type { KbIndex } from './kb-index';
import { type MentionTimeline, toMentionTimeline } from './mention-timeline';

/** What an entity card shows: the card model and the entity's timeline chart. */
export type EntityCardData = CardModel & { timeline: MentionTimeline | null };

/** The entity card for `id` on `page` as of `asOf`: what the background answers and `npm run shots:world` draws. */
export function toEntityCardData(index: KbIndex, id: string, page: PageRef, asOf: string): EntityCardData | null {
  const card = toCardModel(index, id, page, asOf);
  const timeline = card && toTimelineModel(index, id);
  return card && { ...card, timeline: timeline && toMentionTimeline(index, timeline, asOf) };
}

/**
 * The same, its records read first (`KbIndex.ensure`): the entity's and the page's entities'
 * records, then the rows of the documents the card's first view shows (cardDocuments), not all an
 * entity has.
 */
export async function loadEntityCardData(index: KbIndex, id: string, page: PageRef, asOf: string): Promise<EntityCardData | null> {
  await index.ensure({ entities: [id, ...(page.entities ?? [])] });
  await index.ensure({ documents: cardDocuments(index, id, page, asOf) });
  return toEntityCardData(index, id, page, asOf);
}

/** The rows behind the card's "more articles" (its `moreCoverage.from`), their records read first. */
export async function loadMoreCoverage(index: KbIndex, id: string, page: PageRef, asOf: string, from: number): Promise<CoverageRow[]> {
  await index.ensure({ entities: [id, ...(page.entities ?? [])] });
  await index.ensure({ documents: moreCoverageDocuments(index, id, page, asOf, from) });
  return moreCoverageOf(index, id, page, asOf, from);
}
