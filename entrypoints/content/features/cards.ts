import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '~/config/settings';
import type { BackgroundProtocol, Client } from '~/lib/messages';
import { HOVER_GRACE_MS } from '~/lib/page/constants';
import type { Highlighter } from '~/lib/page/highlights';
import { createHoverIntent } from '~/lib/page/hover-intent';
import type { PageMark } from '~/lib/page/mark-index';
import { type CardEntry, entryOf } from '../card-entry';
import { createCardLoaders, prefetchCard } from '../card-loaders';
import { createCollectionControls } from '../collection-controls';
import { lazyCardUi } from '../lazy-card-ui';
import type { Stop } from './stop';

/** The card and when it opens and closes (hover intent), with the mark whose card is open. */
export interface Cards {
  /** The mark whose card is open, or null. */
  readonly current: PageMark | null;
  /** Opens `mark`'s card now; by keyboard it is pinned, with focus in it. */
  open(mark: PageMark, byKeyboard: boolean): void;
  /** Opens a pinned card with focus at `range` for `entry` (a look-up of the selection). */
  openAt(range: Range, entry: CardEntry): void;
  /** The pointer is over `mark`, or over no mark: the card opens after the dwell or closes after the grace. */
  hover(mark: PageMark | null): void;
  /** Closes the card now (Escape, a new page). */
  close(): void;
  /**
   * A pointer rests on `mark`: the card script and the mark's card data start loading now, so the
   * dwell hides the time a large KB takes to read a card's records (its first card, not the next).
   */
  preload(mark: PageMark): void;
  /** True when `node` is in the card. */
  contains(node: Node): boolean;
  stop: Stop;
}

/** The card of the page's marks, its content loaded from the background; `stop` removes it. */
export function startCards(ctx: ContentScriptContext, request: Client<BackgroundProtocol>, settings: Readonly<Settings>, highlighter: Highlighter): Cards {
  const controller = new AbortController();
  const signal = controller.signal;
  let current: PageMark | null = null;
  const closed = () => {
    current = null;
    highlighter.setActive(null);
  };
  const intent = createHoverIntent<PageMark>({
    // Read at each hover, so a change in the popup applies at once.
    get dwellMs() {
      return settings.hoverDwellMs;
    },
    graceMs: HOVER_GRACE_MS,
    open: (mark) => open(mark, false),
    close: () => {
      card.hide();
      closed();
    },
    signal,
  });
  const load = createCardLoaders(request, () => location.href);
  let preloaded: PageMark | null = null;
  const card = lazyCardUi(
    ctx,
    request,
    {
      load,
      collection: createCollectionControls(request, () => location.href),
      cardMode: () => settings.cardMode,
      openArticle: (doc) => void request('openArticle', { doc }),
      onPointer: (inside) => intent.overCard(inside),
      onPinned: (pinned) => intent.setPinned(pinned),
      onClosed: () => {
        intent.closed();
        closed();
      },
      // The background then has every page of the site read again (`reread`), this one included.
      onCorrect: async (correction, undo) => void (await request('correct', { ...correction, host: location.hostname, undo })),
    },
    signal,
  );
  const open = (mark: PageMark, byKeyboard: boolean) => {
    current = mark;
    highlighter.setActive(mark.range);
    card.show(mark.range, entryOf(mark), { focus: byKeyboard, pinned: byKeyboard });
    intent.opened(mark);
    if (byKeyboard) intent.setPinned(true);
  };
  return {
    get current() {
      return current;
    },
    open,
    openAt(range, entry) {
      closed();
      card.show(range, entry, { focus: true, pinned: true });
      intent.setPinned(true);
    },
    hover: (mark) => intent.overMark(mark),
    close() {
      card.hide();
      intent.closed();
      closed();
    },
    preload(mark) {
      // Called at each frame the pointer moves over a mark: the work is once per mark.
      if (mark === preloaded) return;
      preloaded = mark;
      card.preload();
      prefetchCard(load, entryOf(mark));
    },
    contains: (node) => card.contains(node),
    stop: () => controller.abort(),
  };
}
