import { useState } from 'preact/hooks';
import { EntityCard, type EntityCardProps } from '~/components/EntityCard';
import { EventCard } from '~/components/EventCard';
import { UnknownCard } from '~/components/UnknownCard';
import type { CardMode } from '~/config/settings';
import type { CardEntry } from './card-entry';
import type { CardLoaders } from './card-loaders';
import type { CollectionControls } from './collection-controls';
import { useCardData } from './use-card-data';
import { useCollected } from './use-collected';

export interface CardRootProps {
  /** The entity or event the card opens on, with the text to show while it loads. */
  entry: CardEntry;
  scheme: 'light' | 'dark';
  initiallyPinned: boolean;
  /** Standard or plain (students), as the settings say when the card opens. */
  mode: CardMode;
  load: CardLoaders;
  collection: CollectionControls;
  openArticle(doc: string): void;
  onPinned(pinned: boolean): void;
  onClose(): void;
  /** The page's site, where a correction applies. */
  host: string;
  /** "Not this entity" (or its undo) for the name the card opened on; resolves once it is stored (the page's marks follow as it is read again). */
  onCorrect(correction: { surface: string; entity: string }, undo: boolean): Promise<void>;
}

/** What both kinds of card take from the root: the trail's controls and the pin. */
interface Shared {
  label: string;
  scheme: 'light' | 'dark';
  pinned: boolean;
  canGoBack: boolean;
  collected: boolean | null;
  onToggleCollect(): void;
  onBack(): void;
  onTogglePin(): void;
  onClose(): void;
}

type EntityProps = Shared & {
  id: string;
  mode: CardMode;
  load: CardLoaders['entity'];
  loadMore: CardLoaders['moreCoverage'];
  openArticle(doc: string): void;
  open(entry: CardEntry): void;
  link?: EntityCardProps['link'];
};
type EventProps = Shared & { id: string; load: CardLoaders['event']; openArticle(doc: string): void; open(entry: CardEntry): void };

function LoadedEntityCard({ id, load, loadMore, openArticle, open, link, ...shared }: EntityProps) {
  return (
    <EntityCard
      {...shared}
      link={link}
      state={useCardData(load, id)}
      loadMoreCoverage={(from) => loadMore(id, from)}
      onOpenEntity={(next) => open({ kind: 'entity', id: next, label: '' })}
      onOpenEvent={(next, label) => open({ kind: 'event', id: next, label })}
      onOpenArticle={openArticle}
    />
  );
}

function LoadedEventCard({ id, load, openArticle, open, ...shared }: EventProps) {
  return (
    <EventCard
      {...shared}
      state={useCardData(load, id)}
      onOpenEntity={(next) => open({ kind: 'entity', id: next, label: '' })}
      onOpenEvent={(next, label) => open({ kind: 'event', id: next, label })}
      onOpenArticle={openArticle}
    />
  );
}

/**
 * The card's state: a trail of entities and events (a related name, a participant or a timeline
 * event pushes one; back pops it), the current one's data, pinned or not.
 */
export function CardRoot({ entry, scheme, initiallyPinned, mode, load, collection, openArticle, onPinned, onClose, host, onCorrect }: CardRootProps) {
  const [trail, setTrail] = useState([entry]);
  const [pinned, setPinned] = useState(initiallyPinned);
  const [corrected, setCorrected] = useState(false);
  const current = trail.at(-1) ?? entry;
  const [collected, onToggleCollect] = useCollected(collection, current);

  const pin = (value: boolean) => {
    setPinned(value);
    onPinned(value);
  };
  const shared: Shared = {
    label: current.label,
    scheme,
    pinned,
    canGoBack: trail.length > 1,
    collected,
    onToggleCollect,
    onBack: () => setTrail(trail.slice(0, -1)),
    onTogglePin: () => pin(!pinned),
    onClose,
  };
  // Following a link is a deliberate act: the card stays until closed.
  const open = (next: CardEntry) => {
    setTrail([...trail, next]);
    pin(true);
  };
  if (current.kind === 'unknown') return <UnknownCard {...shared} name={current.label} type={current.type} />;
  // Keyed by depth: each step of the trail starts from its own loading state.
  if (current.kind === 'event')
    return <LoadedEventCard key={trail.length} {...shared} id={current.id} load={load.event} openArticle={openArticle} open={open} />;
  const { id, reason } = current;
  // Only the name the card opened on can be corrected: cards followed from it have no mention on the page.
  const link = reason
    ? {
        surface: current.label,
        reason,
        host,
        corrected,
        onCorrect: (undo: boolean) => {
          // Kept open while the page's marks change under it.
          pin(true);
          // A failed request changes nothing: the card keeps offering it.
          onCorrect({ surface: current.label, entity: id }, undo).then(
            () => setCorrected(!undo),
            () => undefined,
          );
        },
      }
    : undefined;
  return (
    <LoadedEntityCard
      key={trail.length}
      {...shared}
      id={id}
      mode={mode}
      load={load.entity}
      loadMore={load.moreCoverage}
      openArticle={openArticle}
      open={open}
      link={link}
    />
  );
}
