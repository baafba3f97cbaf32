/**
 * Hover latency: how long after the dwell ends the card is on screen. Measured in the page: the
 * time of the pointer's arrival on a mark (a page listener sees the same event the content
 * script does) to the first frame that shows the card's dialog with its content (no longer
 * "Looking up…", which is `aria-busy`), less the configured dwell. The hit-test's wait for a
 * frame counts: a reader waits for it too.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../config/settings';
import { HOVER_GRACE_MS } from '../lib/page/constants';

/**
 * Notes the pointer's arrival and the first frame that shows the card's dialog. A string, as
 * bench/page.bench.ts's probe: tsx would wrap a named inner function in a helper the page lacks.
 */
const WATCH_CARD = `{
  window.__hover = {};
  addEventListener('pointermove', () => (window.__hover.start ??= performance.now()), { once: true, capture: true });
  const watch = () => {
    const dialog = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');
    if (dialog && !dialog.querySelector('[aria-busy="true"]')) window.__hover.shown = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}`;

/** The highlights that hold entity marks (lib/page/highlights.ts). */
export const ENTITY_HIGHLIGHTS = ['backstory-person', 'backstory-place', 'backstory-organization'];

/** The middle of the `nth` entity mark, scrolled into view (the highlight registry is shared with the page). */
function markPoint(page: Page, nth: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    async ([n, names]) => {
      const ranges = names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])] as Range[]);
      const range = ranges[n % ranges.length];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      await new Promise(requestAnimationFrame);
      const r = range.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    [nth, ENTITY_HIGHLIGHTS] as const,
  );
}

/** Milliseconds from the dwell's end to the card on screen, for the `nth` mark (of all, in turn). */
export async function hoverLatency(page: Page, nth: number): Promise<number> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !document.querySelector('backstory-card'), null, { timeout: 5000 });
  await page.waitForTimeout(HOVER_GRACE_MS);
  const point = await markPoint(page, nth);
  if (!point) throw new Error('no mark to hover');
  await page.evaluate(WATCH_CARD);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => (window as unknown as { __hover: { shown?: number } }).__hover.shown !== undefined, null, { timeout: 30_000 });
  const { start, shown } = await page.evaluate(() => (window as unknown as { __hover: { start: number; shown: number } }).__hover);
  return shown - start - DEFAULT_SETTINGS.hoverDwellMs;
}

/** The same for `hovers` marks in turn. */
export async function hoverLatencies(page: Page, hovers: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < hovers; i++) samples.push(await hoverLatency(page, i));
  return samples;
}
