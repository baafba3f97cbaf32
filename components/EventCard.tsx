import type { EventCardModel, StorylineNeighbour } from '~/lib/kb/event-card-model';
import type { EventCardData } from '~/lib/messages';
import { CardFrame } from './CardFrame';
import { CoverageList } from './CoverageList';
import type { LoadState } from './card-state';
import { formatDate } from './format';
import { RelatedList } from './RelatedList';

const FACTS = { display: 'flex', alignItems: 'center', gap: '8px' } as const;

/** What an event card shows: each state is rendered (and tested) explicitly, as for entity cards; empty is a stale annotation after a KB update. */
export type EventCardState = LoadState<EventCardData>;

export interface EventCardProps {
  state: EventCardState;
  /** The event's label from the page's annotation, shown before the card's data arrives. */
  label: string;
  pinned: boolean;
  /** Shows a back button (after coming from an entity card's timeline, or going back to one). */
  canGoBack: boolean;
  /** Light or dark, as the page around the card. */
  scheme: 'light' | 'dark';
  /** In the research collection (true, false), or null while unknown: the Collect toggle shows once both it and the card are loaded. */
  collected?: boolean | null;
  onToggleCollect?(): void;
  /** A participant or the place was chosen: open its entity card. */
  onOpenEntity(id: string): void;
  /** Opens a covering article without a URL of its own (on Backstory's article page), as entity cards do. */
  onOpenArticle?(doc: string): void;
  /** The happening before or after it in its storyline was chosen: open its card. */
  onOpenEvent?(id: string, label: string): void;
  onBack(): void;
  onTogglePin(): void;
  onClose(): void;
}

/** When and where, on one line under the summary; the place opens its own card. */
function Facts({ model, onOpenEntity }: { model: EventCardModel; onOpenEntity(id: string): void }) {
  const date = formatDate(model.date);
  if (!date && !model.place) return null;
  return (
    <div class="facts" style={FACTS}>
      {date && (
        <time class="meta" dateTime={model.date ?? undefined}>
          {date}
        </time>
      )}
      {model.place && <RelatedList related={[{ id: model.place.id, name: model.place.name, type: 'place' }]} onOpen={onOpenEntity} />}
    </div>
  );
}

/** The happenings before and after this one in its storyline, each opening its card. */
function Storyline({ model, onOpenEvent }: { model: EventCardModel; onOpenEvent?(id: string, label: string): void }) {
  const { before, after } = model.storyline;
  if (!before && !after) return null;
  const item = (what: string, e: StorylineNeighbour) => (
    <li>
      <span class="meta">{what}</span>{' '}
      {onOpenEvent ? (
        <button type="button" class="link" onClick={() => onOpenEvent(e.id, e.label)}>
          {e.label}
        </button>
      ) : (
        e.label
      )}
      {e.date && <span class="meta"> · {formatDate(e.date)}</span>}
    </li>
  );
  return (
    <section aria-labelledby="bs-event-storyline">
      <h3 id="bs-event-storyline">In the same story</h3>
      <ul class="storyline">
        {before && item('Before:', before)}
        {after && item('After:', after)}
      </ul>
    </section>
  );
}

/** Participants shown before "N more": an event the corpus clusters over years can gather dozens, and the card's first view must stay a glance. */
const SHOWN_PARTICIPANTS = 8;

function Body({
  state,
  label,
  onOpenEntity,
  onOpenArticle,
  onOpenEvent,
}: Pick<EventCardProps, 'state' | 'label' | 'onOpenEntity' | 'onOpenArticle' | 'onOpenEvent'>) {
  if (state.status === 'loading')
    return (
      <p class="status" aria-busy="true">
        Looking up “{label}”…
      </p>
    );
  if (state.status === 'error')
    return (
      <p class="status error" role="alert">
        Backstory could not load this event: {state.message}
      </p>
    );
  if (state.status === 'empty') return <p class="status">The knowledge base no longer has this event.</p>;
  const { model } = state;
  return (
    <>
      <Facts model={model} onOpenEntity={onOpenEntity} />
      {model.participants.length > 0 && (
        <section aria-labelledby="bs-event-who">
          <h3 id="bs-event-who">Who was involved</h3>
          <RelatedList related={model.participants.slice(0, SHOWN_PARTICIPANTS)} onOpen={onOpenEntity} />
          {model.participants.length > SHOWN_PARTICIPANTS && (
            <details class="more-participants">
              <summary>{`${model.participants.length - SHOWN_PARTICIPANTS} more`}</summary>
              <RelatedList related={model.participants.slice(SHOWN_PARTICIPANTS)} onOpen={onOpenEntity} />
            </details>
          )}
        </section>
      )}
      <section aria-labelledby="bs-event-coverage">
        <h3 id="bs-event-coverage">Who else covered it</h3>
        {model.coverage.length > 0 ? (
          <CoverageList coverage={model.coverage} onOpenArticle={onOpenArticle} />
        ) : (
          <p class="status">No other article in the corpus tells it.</p>
        )}
      </section>
      <Storyline model={model} onOpenEvent={onOpenEvent} />
    </>
  );
}

/** The card for one event: summary, date, place, participants, and the other articles that tell it. */
export function EventCard(props: EventCardProps) {
  const { state, label } = props;
  const model = state.status === 'ready' ? state.model : null;
  return (
    <CardFrame
      kind="event-card"
      headingId="bs-event-label"
      heading={model?.label ?? label}
      badge={<span class="type type-event">Event</span>}
      pinned={props.pinned}
      canGoBack={props.canGoBack}
      scheme={props.scheme}
      kbDate={model?.kbDate ?? null}
      packs={model?.packs}
      onBack={props.onBack}
      onTogglePin={props.onTogglePin}
      onClose={props.onClose}
      collected={model ? props.collected : null}
      onToggleCollect={props.onToggleCollect}
    >
      <Body state={state} label={label} onOpenEntity={props.onOpenEntity} onOpenArticle={props.onOpenArticle} onOpenEvent={props.onOpenEvent} />
    </CardFrame>
  );
}
