import { markAt } from '~/lib/page/hit-test';
import type { Cards } from './cards';
import type { Marks } from './marks';
import type { Stop } from './stop';

/** Hover: the mark under a mouse or pen pointer goes to the hover intent; one hit-test per frame at most, and none while the page has no marks. */
export function startPointer(marks: Marks, cards: Cards): Stop {
  const controller = new AbortController();
  let frame = 0;
  let pointer = { x: 0, y: 0 };
  const hitTest = () => {
    frame = 0;
    const mark = markAt(marks.index, document, pointer.x, pointer.y, marks.shown);
    // The dwell leaves time to fetch the card before it opens.
    if (mark) cards.preload(mark);
    cards.hover(mark);
  };
  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch' || !marks.index.size || cards.contains(event.target as Node)) return;
      pointer = { x: event.clientX, y: event.clientY };
      frame ||= requestAnimationFrame(hitTest);
    },
    { passive: true, signal: controller.signal },
  );
  return () => {
    controller.abort();
    cancelAnimationFrame(frame);
  };
}
