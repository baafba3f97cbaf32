import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CollectionItem } from '~/lib/collection/item';
import { COLLECTION_KEY } from '~/lib/collection/stored';
import { type BackgroundProtocol, createClient } from '~/lib/messages';

export const request = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));

/** The research collection from the background, read again whenever it changes (another tab collects, a page is read). */
export function useCollection(): { items: CollectionItem[] | null; error: string | null } {
  const [state, setState] = useState<{ items: CollectionItem[] | null; error: string | null }>({ items: null, error: null });
  useEffect(() => {
    const load = () => void request('collection', {}).then(setState, (error: unknown) => setState({ items: [], error: String(error) }));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && COLLECTION_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return state;
}
