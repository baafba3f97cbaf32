import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '~/components/card.css?inline';
import type { CardMode } from '~/config/settings';
import { pageScheme } from '~/lib/page/color-scheme';
import { CardRoot, type CardRootProps } from './CardRoot';
import type { CardEntry } from './card-entry';
import type { CardLoaders } from './card-loaders';
import type { CollectionControls } from './collection-controls';

/** The card's host element (DESIGN.md): tests find the card by it. */
export const CARD_TAG = 'backstory-card';
/** Gap between the mention and the card, and the least distance kept from the viewport's edges. */
const GAP_PX = 6;
const EDGE_PX = 8;

export interface CardUi {
  /** Opens the card for `entry` (an entity or an event) beside `anchor`; `focus` moves keyboard focus into it. */
  show(anchor: Range, entry: CardEntry, options: { focus: boolean; pinned: boolean }): void;
  hide(): void;
  /** True for nodes inside the card (so the content script ignores its own mutations and pointer). */
  contains(node: Node): boolean;
}

export interface CardUiOptions {
  load: CardLoaders;
  collection: CollectionControls;
  /** Read at each opening, so a change of setting shows on the next card without a reload. */
  cardMode(): CardMode;
  openArticle(doc: string): void;
  onPointer(inside: boolean): void;
  onPinned(pinned: boolean): void;
  /** Closed from inside the card: its close button or Escape. */
  onClosed(): void;
  /** "Not this entity" (or its undo) from the card; resolves once it is stored (the page's marks follow as it is read again). */
  onCorrect: CardRootProps['onCorrect'];
}

/**
 * The hover card in a shadow root under `<backstory-card>` (open in the test build so browser
 * tests can read it, closed otherwise so page scripts cannot). The host is added only while a
 * card shows, and removed after, so the page's DOM is left as it was. A page that removes the
 * host closes the card; the next show adds it again.
 */
export async function createCardUi(ctx: ContentScriptContext, options: CardUiOptions, signal: AbortSignal): Promise<CardUi> {
  let container: HTMLElement | null = null;
  let stopPositioning = () => {};
  let focusBefore: Element | null = null;
  let counter = 0;
  // Some pages remove every element they did not make (tests/e2e/hostile-remover): that counts as closed.
  const removal = new MutationObserver(() => {
    if (container && !ui.shadowHost.isConnected) close();
  });

  const ui = await createShadowRootUi(ctx, {
    name: CARD_TAG,
    position: 'inline',
    anchor: 'html',
    mode: import.meta.env.MODE === 'test' ? 'open' : 'closed',
    css: cardCss,
    isolateEvents: true,
    onMount(uiContainer) {
      container = uiContainer;
      // The host is reset to `all: initial` (TOOLCHAIN.md), so the inner container is what floats.
      Object.assign(uiContainer.style, { position: 'fixed', top: '0', left: '0', zIndex: '2147483647' });
    },
    onRemove() {
      stopPositioning();
      if (container) render(null, container);
      container = null;
    },
  });

  ui.shadowHost.addEventListener('pointerenter', () => options.onPointer(true), { signal });
  ui.shadowHost.addEventListener('pointerleave', () => options.onPointer(false), { signal });
  // Keys typed in the card stay in it (isolateEvents), so Escape is heard here.
  ui.shadow.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Escape' && close(), { signal });

  const hide = () => {
    removal.disconnect();
    if (!container) return;
    const hadFocus = ui.shadowHost.matches(':focus-within');
    ui.remove();
    if (hadFocus && focusBefore instanceof HTMLElement) focusBefore.focus();
  };
  const close = () => {
    hide();
    options.onClosed();
  };
  signal.addEventListener('abort', hide, { once: true });

  return {
    show(anchor, entry, { focus, pinned }) {
      hide();
      focusBefore = document.activeElement;
      ui.mount();
      const target = container;
      if (!target) return;
      removal.observe(document.documentElement, { childList: true });
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      render(
        <CardRoot
          key={++counter}
          entry={entry}
          scheme={pageScheme(document)}
          initiallyPinned={pinned}
          mode={options.cardMode()}
          load={options.load}
          collection={options.collection}
          openArticle={options.openArticle}
          onPinned={options.onPinned}
          onClose={close}
          host={location.hostname}
          onCorrect={options.onCorrect}
        />,
        target,
      );
      const place = () =>
        computePosition(reference, target, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            inline(),
            offset(GAP_PX),
            flip({ padding: EDGE_PX }),
            // Neither side may have room for the whole card: it then scrolls inside the space there is.
            size({
              padding: EDGE_PX,
              apply: ({ availableHeight }) => target.style.setProperty('--available-height', `${Math.floor(availableHeight)}px`),
            }),
            shift({ padding: EDGE_PX }),
          ],
        }).then(({ x, y }) => Object.assign(target.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` }));
      stopPositioning = autoUpdate(reference, target, place);
      if (focus) target.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    hide,
    contains: (node) => node === ui.shadowHost || ui.shadowHost.contains(node),
  };
}
