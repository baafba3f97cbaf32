import { useLayoutEffect, useState } from 'preact/hooks';
import type { LoadState } from '~/components/card-state';

/** The card data of `id`, loaded with `load`: loading first, then ready, empty (null) or error. */
export function useCardData<M>(load: (id: string) => Promise<M | null>, id: string): LoadState<M> {
  const [state, setState] = useState<LoadState<M>>({ status: 'loading' });
  // Asked for in the render's own task, not after a frame as useEffect is: data read during the
  // dwell (prefetchCard) then shows in the card's first frame instead of one or two frames later.
  useLayoutEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(id).then(
      (model) => live && setState(model ? { status: 'ready', model } : { status: 'empty' }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [id, load]);
  return state;
}
