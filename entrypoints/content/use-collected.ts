import { useEffect, useState } from 'preact/hooks';
import type { CardEntry } from './card-entry';
import type { CollectionControls } from './collection-controls';

/**
 * Whether the card's entity or event is collected (null until known, when the background cannot
 * say, or for a name the KB lacks), and a toggle.
 */
export function useCollected(controls: CollectionControls, entry: CardEntry): [boolean | null, () => void] {
  const [collected, setCollected] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    setCollected(null);
    if (entry.kind === 'unknown') return;
    controls.isCollected(entry).then(
      (value) => live && setCollected(value),
      () => live && setCollected(null),
    );
    return () => {
      live = false;
    };
  }, [controls, entry]);
  const toggle = () => {
    if (collected === null || entry.kind === 'unknown') return;
    void controls.setCollected(entry, !collected).then(setCollected, () => undefined);
  };
  return [collected, toggle];
}
