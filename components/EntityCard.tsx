import type { CardMode } from '~/config/settings';
import type { CardModel, CoverageRow } from '~/lib/kb/card-model';
import { hasChart } from '~/lib/kb/mention-timeline';
import { plainCardModel } from '~/lib/kb/plain-card-model';
import { CardFrame } from './CardFrame';
import { CoverageList, type MoreCoverage } from './CoverageList';
import type { CardState } from './card-state';
import { countOf, TYPE_LABELS } from './format';
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
  /** Reads the rows behind "more articles" from the card's `moreCoverage.from`; without it they are not offered. */
  loadMoreCoverage?(from: number): Promise<CoverageRow[]>;
  onBack(): void;
  onTogglePin(): void;
  onClose(): void;
  /** Opened from a name on the page: how it links, and "not this entity". */
  link?: Omit<LinkNoteProps, 'name'>;
}

/** The card's rows behind "more articles", when it has some and a way to read them. */
function moreOf(more: CardModel['moreCoverage'], load: EntityCardProps['loadMoreCoverage']): MoreCoverage | undefined {
  return more && load ? { articles: more.articles, load: () => load(more.from) } : undefined;
}

function Body({
  state,
  label,
  mode,
  onOpenEntity,
  onOpenEvent,
  onOpenArticle,
  loadMoreCoverage,
}: Pick<EntityCardProps, 'state' | 'label' | 'mode' | 'onOpenEntity' | 'onOpenEvent' | 'onOpenArticle' | 'loadMoreCoverage'>) {
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
            <h3 id="bs-coverage">Related coverage</h3> <span class="meta">{countOf(model.coverageTotal, 'article')}</span>
          </summary>
          <CoverageList coverage={model.coverage} more={moreOf(model.moreCoverage, loadMoreCoverage)} onOpenArticle={onOpenArticle} />
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
        loadMoreCoverage={props.loadMoreCoverage}
      />
      {props.link && model && <LinkNote {...props.link} name={model.name} />}
    </CardFrame>
  );
}
