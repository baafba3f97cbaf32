import { mentionStep } from '~/lib/page/mention-keys';
import type { Cards } from './cards';
import type { Marks } from './marks';
import { showMark } from './reveal';
import type { Stop } from './stop';

/** The keyboard: Escape closes the card; the mention keys move to the next or previous name and open its card with focus. */
export function startKeyboard(marks: Marks, cards: Cards): Stop {
  const controller = new AbortController();
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && cards.current) {
        cards.close();
        return;
      }
      const step = mentionStep(event);
      if (!step || !marks.index.size) return;
      event.preventDefault();
      // The keyboard moves between names only: sentences would double every stop.
      const all = marks.index.ordered().filter((m) => m.type !== 'event' && marks.shown(m.type));
      const current = cards.current;
      const at = current ? all.indexOf(current) : step > 0 ? -1 : all.length;
      const next = all[(at + step + all.length) % all.length];
      if (!next) return;
      showMark(marks, next);
      cards.open(next, true);
    },
    { capture: true, signal: controller.signal },
  );
  return () => controller.abort();
}
