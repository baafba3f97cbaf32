/** The browser side of `npm run shots:world`: each card of `window.SHOTS` drawn in its own shadow root with the card's CSS, as the content script mounts it. */
import { render } from 'preact';
import { EntityCard } from '~/components/EntityCard';
import { EventCard } from '~/components/EventCard';
import type { CoverageRow } from '~/lib/kb/card-model';
import type { EventCardModel } from '~/lib/kb/event-card-model';
import type { EntityCardData } from '~/lib/messages';

/** A card to draw; an entity card's rows behind "more articles" (`more`) are what the background would answer on opening. */
export type Shot = { what: string; css: string } & ({ kind: 'entity'; model: EntityCardData; more: CoverageRow[] } | { kind: 'event'; model: EventCardModel });

const noop = () => {};

for (const [i, shot] of (window as unknown as { SHOTS: Shot[] }).SHOTS.entries()) {
  const host = document.createElement('div');
  host.id = `shot-${i}`;
  host.dataset.what = shot.what;
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = shot.css;
  const root = document.createElement('div');
  shadow.append(style, root);
  const common = { pinned: false, canGoBack: false, scheme: 'light' as const, onBack: noop, onTogglePin: noop, onClose: noop, onOpenEntity: noop };
  render(
    shot.kind === 'entity' ? (
      <EntityCard
        {...common}
        state={{ status: 'ready', model: shot.model }}
        label={shot.model.name}
        onOpenEvent={noop}
        onOpenArticle={noop}
        loadMoreCoverage={async () => shot.more}
      />
    ) : (
      <EventCard {...common} state={{ status: 'ready', model: shot.model }} label={shot.model.label} />
    ),
    root,
  );
}
