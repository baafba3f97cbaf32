import { useEffect, useState } from 'preact/hooks';
import type { CardState } from '~/components/card-state';
import { EntityCard } from '~/components/EntityCard';
import type { CardModel } from '~/lib/kb/card-model';

export interface CardRootProps {
  /** The entity the card opens on, and the mention's text to show while it loads. */
  id: string;
  label: string;
  scheme: 'light' | 'dark';
  initiallyPinned: boolean;
  load(id: string): Promise<CardModel | null>;
  openArticle(doc: string): void;
  onPinned(pinned: boolean): void;
  onClose(): void;
}

/** The card's state: which entity (following 'often mentioned with' pushes one), its data, pinned or not. */
export function CardRoot({ id, label, scheme, initiallyPinned, load, openArticle, onPinned, onClose }: CardRootProps) {
  const [trail, setTrail] = useState([id]);
  const [pinned, setPinned] = useState(initiallyPinned);
  const [state, setState] = useState<CardState>({ status: 'loading' });
  const current = trail.at(-1) ?? id;

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(current).then(
      (model) => live && setState(model ? { status: 'ready', model } : { status: 'empty' }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [current, load]);

  const pin = (value: boolean) => {
    setPinned(value);
    onPinned(value);
  };
  return (
    <EntityCard
      state={state}
      label={trail.length > 1 ? '' : label}
      scheme={scheme}
      pinned={pinned}
      canGoBack={trail.length > 1}
      // Following a link is a deliberate act: the card stays until closed.
      onOpenEntity={(next) => {
        setTrail([...trail, next]);
        pin(true);
      }}
      onOpenArticle={openArticle}
      onBack={() => setTrail(trail.slice(0, -1))}
      onTogglePin={() => pin(!pinned)}
      onClose={onClose}
    />
  );
}
