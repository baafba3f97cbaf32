import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundProtocol, Client } from '~/lib/messages';
import { CARD_FACTORY, type CardGlobal } from './card-script';
import type { CardUi, CardUiOptions } from './card-ui';

/** The card UI, plus `preload`: start fetching the card script now (a pointer rests on a mark). */
export type LazyCardUi = CardUi & { preload(): void };

/**
 * A CardUi whose real card (content/card-ui.tsx) is loaded on first use: the background injects
 * `/card.js` (card-script.ts), then the card is created. A `show` asked for while it loads
 * happens once it has loaded, unless a `hide` came after; a failed load is retried next time.
 */
export function lazyCardUi(ctx: ContentScriptContext, request: Client<BackgroundProtocol>, options: CardUiOptions, signal: AbortSignal): LazyCardUi {
  let card: CardUi | null = null;
  let loading: Promise<CardUi | null> | null = null;
  let wanted: Parameters<CardUi['show']> | null = null;

  const load = () => {
    loading ??= (async () => {
      const world = globalThis as CardGlobal;
      if (!world[CARD_FACTORY]) await request('loadCardUi', {});
      const create = world[CARD_FACTORY];
      if (!create) throw new Error('the card script did not load');
      card = await create(ctx, options, signal);
      return card;
    })().catch(() => {
      loading = null;
      return null;
    });
    return loading;
  };

  return {
    preload: () => void load(),
    show(...args) {
      if (card) return card.show(...args);
      wanted = args;
      void load().then((loaded) => {
        if (!loaded || !wanted || signal.aborted) return;
        const [anchor, entry, shown] = wanted;
        wanted = null;
        loaded.show(anchor, entry, shown);
      });
    },
    hide() {
      wanted = null;
      card?.hide();
    },
    contains: (node) => card?.contains(node) ?? false,
  };
}
