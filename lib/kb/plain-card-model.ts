import type { CardModel } from './card-model';
import type { KeyEvent, MentionTimeline } from './mention-timeline';

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
  /** The entity's best-covered dated events, oldest first. */
  keyDates: Pick<KeyEvent, 'date' | 'id' | 'label'>[];
  coverage: CardModel['coverage'];
  kbDate: string | null;
}

/** The plain card for a full entity card: the same facts, fewer of them, dates before coverage. */
export function plainCardModel(card: CardModel & { timeline: MentionTimeline | null }): PlainCardModel {
  return {
    id: card.id,
    name: card.name,
    type: card.type,
    background: card.lead?.text ?? null,
    keyDates: (card.timeline?.keyEvents ?? []).slice(0, MAX_KEY_DATES).map(({ date, id, label }) => ({ date, id, label })),
    coverage: card.coverage.slice(0, MAX_COVERAGE).map((c) => ({ ...c, sentences: c.sentences.slice(0, 1) })),
    kbDate: card.kbDate,
  };
}
