import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundProtocol, Client } from '~/lib/messages';
import { startCards } from './features/cards';
import { startKeyboard } from './features/keyboard';
import { lookUp } from './features/look-up';
import { startMarks } from './features/marks';
import { startMutations } from './features/mutations';
import { startNavigation } from './features/navigation';
import { startPointer } from './features/pointer';
import { reveal } from './features/reveal';
import { startSettings } from './features/settings';
import type { Stop } from './features/stop';
import { startTouch } from './features/touch';

/** What the rest of the content script can ask of a running session. */
export interface Session {
  /** Scrolls to the entity's first mention (or the event's first sentence) and flashes it; false when the page has none. */
  reveal(id: string, kind: 'entity' | 'event'): boolean;
  /** Opens a pinned card at the page's selection ("Look up in Backstory"); false when nothing is selected. */
  lookUp(text: string, id: string | null): boolean;
  /** Reads the page again from scratch (the site's matcher changed: a correction or its undo). */
  reread(): void;
}

/**
 * Backstory on this page: reads the article, draws marks, keeps them in step with the page,
 * and opens cards on hover, tap and keyboard. Each feature (features/) starts here and is
 * stopped when `signal` aborts, which takes back everything it added.
 */
export async function startSession(ctx: ContentScriptContext, request: Client<BackgroundProtocol>, signal: AbortSignal): Promise<Session> {
  const untilAborted = (stop: Stop) => (signal.aborted ? stop() : signal.addEventListener('abort', stop, { once: true }));
  const { settings, stop } = await startSettings((before) => {
    if (before.showUnknown !== settings.showUnknown) marks.redraw();
    marks.show();
    if (cards.current && !marks.shown(cards.current.type)) cards.hover(null);
  });
  untilAborted(stop);
  const marks = startMarks(request, settings);
  untilAborted(marks.stop);
  const cards = startCards(ctx, request, settings, marks.highlighter);
  untilAborted(cards.stop);
  untilAborted(startMutations(marks, cards.contains));
  untilAborted(
    startNavigation(ctx, () => {
      cards.close();
      marks.reread();
    }),
  );
  untilAborted(startPointer(marks, cards));
  untilAborted(startTouch(marks, cards));
  untilAborted(startKeyboard(marks, cards));
  return {
    reread: () => marks.reread(),
    reveal: (id, kind) => reveal(marks, id, kind),
    lookUp: (text, id) => lookUp(cards, text, id),
  };
}
