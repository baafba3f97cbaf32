import type { CardModel } from './card-model';
import type { TimelineItem, TimelineModel } from './event-timeline';

/** Plain cards stay short: a few dates, a couple of articles with one sentence each. */
const MAX_KEY_DATES = 3;
const MAX_COVERAGE = 2;

/** What the plain-language card shows (students): one background line, key dates first, little coverage. */
export interface PlainCardModel {
  id: string;
  name: string;
  type: CardModel['type'];
  /** The lead line (the role held as of the card's date), or null when the corpus gives none. */
  background: string | null;
  /** Dated events first, then dated articles, each group oldest first. */
  keyDates: Pick<TimelineItem, 'date' | 'kind' | 'id' | 'label'>[];
  coverage: CardModel['coverage'];
  kbDate: string | null;
}

/** The plain card for a full entity card: the same facts, fewer of them, dates before coverage. */
export function plainCardModel(card: CardModel & { timeline: TimelineModel | null }): PlainCardModel {
  const items = card.timeline?.items ?? [];
  const keyDates = [...items.filter((i) => i.kind === 'event'), ...items.filter((i) => i.kind === 'article')]
    .slice(0, MAX_KEY_DATES)
    .map(({ date, kind, id, label }) => ({ date, kind, id, label }));
  return {
    id: card.id,
    name: card.name,
    type: card.type,
    background: card.lead?.text ?? null,
    keyDates,
    coverage: card.coverage.slice(0, MAX_COVERAGE).map((c) => ({ ...c, sentences: c.sentences.slice(0, 1) })),
    kbDate: card.kbDate,
  };
}
