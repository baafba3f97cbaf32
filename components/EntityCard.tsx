import { CoverageList } from './CoverageList';
import type { CardState } from './card-state';
import { formatDate, TYPE_LABELS } from './format';
import { BackIcon, CloseIcon, PinIcon } from './icons';
import { RelatedList } from './RelatedList';
import { RoleList } from './RoleList';
import { Timeline } from './Timeline';

export interface EntityCardProps {
  state: CardState;
  /** The name to show before the card's data arrives (the mention's text). */
  label: string;
  pinned: boolean;
  /** Shows a back button (after following 'often mentioned with'). */
  canGoBack: boolean;
  /** Light or dark, as the page around the card. */
  scheme: 'light' | 'dark';
  onOpenEntity(id: string): void;
  /** An event on the timeline was chosen: open its card (`label` shows while it loads). */
  onOpenEvent(id: string, label: string): void;
  onOpenArticle(doc: string): void;
  onBack(): void;
  onTogglePin(): void;
  onClose(): void;
}

function Body({
  state,
  label,
  onOpenEntity,
  onOpenEvent,
  onOpenArticle,
}: Pick<EntityCardProps, 'state' | 'label' | 'onOpenEntity' | 'onOpenEvent' | 'onOpenArticle'>) {
  if (state.status === 'loading')
    return (
      <p class="status" aria-busy="true">
        Looking up {label}…
      </p>
    );
  if (state.status === 'error')
    return (
      <p class="status error" role="alert">
        Backstory could not load this card: {state.message}
      </p>
    );
  if (state.status === 'empty') return <p class="status">The knowledge base has nothing on {label}.</p>;
  const { model } = state;
  if (!model.roles.length && !model.related.length && !model.coverage.length) {
    return <p class="status">The corpus names {model.name} here only.</p>;
  }
  return (
    <>
      {model.roles.length > 0 && (
        <section aria-labelledby="bs-roles">
          <h3 id="bs-roles">Background</h3>
          <RoleList roles={model.roles} />
        </section>
      )}
      {model.timeline && <Timeline model={model.timeline} onOpenEvent={onOpenEvent} />}
      {model.related.length > 0 && (
        <section aria-labelledby="bs-related">
          <h3 id="bs-related">Often mentioned with</h3>
          <RelatedList related={model.related} onOpen={onOpenEntity} />
        </section>
      )}
      {model.coverage.length > 0 && (
        <section aria-labelledby="bs-coverage">
          <h3 id="bs-coverage">Related coverage</h3>
          <CoverageList coverage={model.coverage} onOpenArticle={onOpenArticle} />
        </section>
      )}
    </>
  );
}

/** The hover card for one entity: name, type, background, timeline, 'often mentioned with', related coverage, the KB's date. */
export function EntityCard(props: EntityCardProps) {
  const { state, label, pinned, canGoBack, scheme } = props;
  const model = state.status === 'ready' ? state.model : null;
  const kbDate = formatDate(model?.kbDate ?? null);
  return (
    <div class="card" role="dialog" aria-labelledby="bs-name" data-scheme={scheme} tabIndex={-1}>
      <header>
        {canGoBack && (
          <button type="button" class="icon" aria-label="Back" onClick={props.onBack}>
            <BackIcon />
          </button>
        )}
        <div class="heading">
          <h2 id="bs-name">{model?.name ?? label}</h2>
          {model && <span class={`type type-${model.type}`}>{TYPE_LABELS[model.type]}</span>}
        </div>
        <button type="button" class="icon" aria-label={pinned ? 'Unpin card' : 'Pin card'} aria-pressed={pinned} onClick={props.onTogglePin}>
          <PinIcon filled={pinned} />
        </button>
        <button type="button" class="icon" aria-label="Close card" onClick={props.onClose}>
          <CloseIcon />
        </button>
      </header>
      <Body state={state} label={label} onOpenEntity={props.onOpenEntity} onOpenEvent={props.onOpenEvent} onOpenArticle={props.onOpenArticle} />
      <footer>{kbDate ? `Backstory · knowledge base as of ${kbDate}` : 'Backstory'}</footer>
    </div>
  );
}
