import { useEffect, useState } from 'preact/hooks';
import type { LoadState } from '~/components/card-state';

/** The card data of `id`, loaded with `load`: loading first, then ready, empty (null) or error. */
export function useCardData<M>(load: (id: string) => Promise<M | null>, id: string): LoadState<M> {
  const [state, setState] = useState<LoadState<M>>({ status: 'loading' });
  useEffect(() => {
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
