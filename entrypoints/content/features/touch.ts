import { markAt } from '~/lib/page/hit-test';
import type { Cards } from './cards';
import type { Marks } from './marks';
import type { Stop } from './stop';

/** Touch: a tap on a mark opens its card at once; a tap elsewhere closes it. */
export function startTouch(marks: Marks, cards: Cards): Stop {
  const controller = new AbortController();
  document.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType === 'mouse' || cards.contains(event.target as Node)) return;
      const mark = markAt(marks.index, document, event.clientX, event.clientY, marks.shown);
      if (mark) cards.open(mark, false);
      else if (cards.current) cards.hover(null);
    },
    { passive: true, signal: controller.signal },
  );
  return () => controller.abort();
}
