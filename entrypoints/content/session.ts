import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundProtocol, Client } from '~/lib/messages';
import { findArticleRoot, holdsArticle } from '~/lib/page/article-root';
import { FLASH_MS, HOVER_GRACE_MS } from '~/lib/page/constants';
import { declaredLanguage } from '~/lib/page/declared-language';
import { createHighlighter } from '~/lib/page/highlights';
import { markAt } from '~/lib/page/hit-test';
import { createHoverIntent } from '~/lib/page/hover-intent';
import { createLivePageDate } from '~/lib/page/live-page-date';
import { createMarkIndex, type PageMark } from '~/lib/page/mark-index';
import { mentionStep } from '~/lib/page/mention-keys';
import { createPageMarker } from '~/lib/page/page-marker';
import { outermost, rescanScope } from '~/lib/page/text-blocks';
import { watchMutations } from '~/lib/page/watch-mutations';
import { entryOf } from './card-entry';
import { createCardLoaders } from './card-loaders';
import { createCollectionControls } from './collection-controls';
import { lazyCardUi } from './lazy-card-ui';
import { liveSettings } from './settings';

/** What the rest of the content script can ask of a running session. */
export interface Session {
  /** Scrolls to the entity's first mention (or the event's first sentence) and flashes it; false when the page has none. */
  reveal(id: string, kind: 'entity' | 'event'): boolean;
  /** Opens a pinned card at the page's selection ("Look up in Backstory"); false when nothing is selected. */
  lookUp(text: string, id: string | null): boolean;
  /** Reads the page again from scratch (the site's matcher changed: a correction or its undo). */
  reread(): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function scrollTo(mark: PageMark): void {
  mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'instant' : 'smooth' });
}

/**
 * Backstory on this page: reads the article, draws marks, keeps them in step with the page,
 * and opens cards on hover, tap and keyboard. Everything it adds (highlights, listeners,
 * observers, timers, the card) goes when `signal` aborts.
 */
export async function startSession(ctx: ContentScriptContext, request: Client<BackgroundProtocol>, signal: AbortSignal): Promise<Session> {
  const highlighter = createHighlighter(signal);
  const marks = createMarkIndex();
  const settings = await liveSettings(signal, (before) => {
    if (before.showUnknown !== settings.showUnknown) marker.redraw();
    // Mark types and style apply at once: the highlights are re-registered, the ranges stay.
    highlighter.show(settings.markTypes, settings.markStyle);
    if (current && !shown(current.type)) intent.overMark(null);
  });
  const shown = (type: PageMark['type']) => type === 'unknown' || settings.markTypes[type];
  highlighter.show(settings.markTypes, settings.markStyle);
  const marker = createPageMarker({
    annotate: (r) => request('annotate', r),
    highlighter,
    marks,
    url: () => location.href,
    date: createLivePageDate(document),
    lang: () => declaredLanguage(root ?? document.documentElement),
    showUnknown: () => settings.showUnknown,
    signal,
  });
  const load = createCardLoaders(request, () => location.href);

  let root = findArticleRoot(document);
  if (root) marker.scan([root], root);

  let current: PageMark | null = null;
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
  const closed = () => {
    current = null;
    highlighter.setActive(null);
  };
  const open = (mark: PageMark, byKeyboard: boolean) => {
    current = mark;
    highlighter.setActive(mark.range);
    card.show(mark.range, entryOf(mark), { focus: byKeyboard, pinned: byKeyboard });
    intent.opened(mark);
    if (byKeyboard) intent.setPinned(true);
  };

  watchMutations(
    document.body,
    ({ changed, added }) => {
      const within = root;
      const moved = within ? !within.isConnected || [...added].some((el) => !within.contains(el) && holdsArticle(el)) : added.size > 0;
      if (moved) {
        root = findArticleRoot(document);
        if (root) marker.scan([root], root);
      } else if (within) {
        const scopes = outermost([...changed, ...added].flatMap((el) => rescanScope(el, within) ?? []));
        if (scopes.length) marker.scan(scopes, within);
      }
    },
    (node) => card.contains(node),
    signal,
  );

  const reread = () => {
    marker.restart();
    root = findArticleRoot(document);
    if (root) marker.scan([root], root);
  };
  // A page can dispatch this event too: only a real change of address starts the page over.
  let address = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === address) return;
    address = location.href;
    card.hide();
    closed();
    reread();
  });

  // Hover: one hit-test per frame at most, and none while the page has no marks.
  let frame = 0;
  let pointer = { x: 0, y: 0 };
  const hitTest = () => {
    frame = 0;
    const mark = markAt(marks, document, pointer.x, pointer.y, shown);
    // The dwell leaves time to fetch the card before it opens.
    if (mark) card.preload();
    intent.overMark(mark);
  };
  const listen = { passive: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch' || !marks.size || card.contains(event.target as Node)) return;
      pointer = { x: event.clientX, y: event.clientY };
      frame ||= requestAnimationFrame(hitTest);
    },
    listen,
  );
  // Touch: a tap on a mark opens its card at once; a tap elsewhere closes it.
  document.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType === 'mouse' || card.contains(event.target as Node)) return;
      const mark = markAt(marks, document, event.clientX, event.clientY, shown);
      if (mark) open(mark, false);
      else if (current) intent.overMark(null);
    },
    listen,
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && current) {
        card.hide();
        intent.closed();
        closed();
        return;
      }
      const step = mentionStep(event);
      if (!step || !marks.size) return;
      event.preventDefault();
      // The keyboard moves between names only: sentences would double every stop.
      const all = marks.ordered().filter((m) => m.type !== 'event' && shown(m.type));
      const at = current ? all.indexOf(current) : step > 0 ? -1 : all.length;
      const next = all[(at + step + all.length) % all.length];
      if (!next) return;
      scrollTo(next);
      highlighter.flash(next.range, FLASH_MS);
      open(next, true);
    },
    { capture: true, signal },
  );

  return {
    reread,
    reveal(id, kind) {
      const isKind = (m: PageMark) => (kind === 'event' ? m.type === 'event' : m.type !== 'event' && m.type !== 'unknown');
      const first = marks.ordered().find((m) => m.id === id && isKind(m));
      if (!first) return false;
      scrollTo(first);
      highlighter.flash(first.range, FLASH_MS);
      return true;
    },
    lookUp(text, id) {
      const selection = document.getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      if (!range || range.collapsed) return false;
      closed();
      // Without an id the card has no data to load: it says the KB has nothing on the text.
      card.show(range, { kind: 'entity', id: id ?? '', label: text.replace(/\s+/g, ' ').trim() }, { focus: true, pinned: true });
      intent.setPinned(true);
      return true;
    },
  };
}
