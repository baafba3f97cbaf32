import type { CardMode } from '~/config/settings';
import { hasChart } from '~/lib/kb/mention-timeline';
import { plainCardModel } from '~/lib/kb/plain-card-model';
import { CardFrame } from './CardFrame';
import { CoverageList } from './CoverageList';
import type { CardState } from './card-state';
import { TYPE_LABELS } from './format';
import { LinkNote, type LinkNoteProps } from './LinkNote';
import { PlainEntityBody } from './PlainEntityBody';
import { RelatedList } from './RelatedList';
import { LeadLine, RoleList } from './RoleList';
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
  /** 'plain' shows the short plain-language card (students); standard when absent. */
  mode?: CardMode;
  /** In the research collection (true, false), or null while unknown: the Collect toggle shows once both it and the card are loaded. */
  collected?: boolean | null;
  onToggleCollect?(): void;
  onOpenEntity(id: string): void;
  /** An event on the timeline was chosen: open its card (`label` shows while it loads). */
  onOpenEvent(id: string, label: string): void;
  onOpenArticle(doc: string): void;
  onBack(): void;
  onTogglePin(): void;
  onClose(): void;
  /** Opened from a name on the page: how it links, and "not this entity". */
  link?: Omit<LinkNoteProps, 'name'>;
}

const articles = (n: number) => (n === 1 ? '1 article' : `${n.toLocaleString('en')} articles`);

function Body({
  state,
  label,
  mode,
  onOpenEntity,
  onOpenEvent,
  onOpenArticle,
}: Pick<EntityCardProps, 'state' | 'label' | 'mode' | 'onOpenEntity' | 'onOpenEvent' | 'onOpenArticle'>) {
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
  // The lead line shows the lead role; the background lists the others.
  const leadRole = model.lead ? model.roles.find((r) => r.text === model.lead?.text) : undefined;
  const roles = model.roles.filter((r) => r !== leadRole);
  if (mode === 'plain') return <PlainEntityBody model={plainCardModel(model)} onOpenEvent={onOpenEvent} onOpenArticle={onOpenArticle} />;
  if (!model.roles.length && !model.related.length && !model.coverage.length) {
    return <p class="status">The corpus names {model.name} here only.</p>;
  }
  return (
    <>
      {model.lead && <LeadLine lead={model.lead} role={leadRole} />}
      {roles.length > 0 && (
        <section aria-labelledby="bs-roles">
          <h3 id="bs-roles">Background</h3>
          <RoleList roles={roles} />
        </section>
      )}
      {model.timeline && <Timeline model={model.timeline} asOf={model.asOf} onOpenEvent={onOpenEvent} />}
      {model.related.length > 0 && (
        <section aria-labelledby="bs-related">
          <h3 id="bs-related">Often mentioned with</h3>
          <RelatedList related={model.related} onOpen={onOpenEntity} />
        </section>
      )}
      {model.coverage.length > 0 && (
        // Over years of coverage the articles wait behind their heading, so the first view fits 520 px; a name seen once shows them.
        <details class="coverage-section" open={!(model.timeline && hasChart(model.timeline))}>
          <summary>
            <h3 id="bs-coverage">Related coverage</h3> <span class="meta">{articles(model.coverageTotal)}</span>
          </summary>
          <CoverageList coverage={model.coverage} onOpenArticle={onOpenArticle} />
        </details>
      )}
    </>
  );
}

/** The hover card for one entity: name, type, background, timeline, 'often mentioned with', related coverage, the KB's date. */
export function EntityCard(props: EntityCardProps) {
  const { state, label } = props;
  const model = state.status === 'ready' ? state.model : null;
  return (
    <CardFrame
      headingId="bs-name"
      heading={model?.name ?? label}
      badge={model && <span class={`type type-${model.type}`}>{TYPE_LABELS[model.type]}</span>}
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
      <Body
        state={state}
        label={label}
        mode={props.mode}
        onOpenEntity={props.onOpenEntity}
        onOpenEvent={props.onOpenEvent}
        onOpenArticle={props.onOpenArticle}
      />
      {props.link && model && <LinkNote {...props.link} name={model.name} />}
    </CardFrame>
  );
}
