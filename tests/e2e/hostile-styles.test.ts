/**
 * `* { all: unset !important }` and a z-index war (fixtures/hostile-styles.html): page styles
 * cannot reach into the card's shadow root, and the card sits above fixed overlays at the
 * highest z-index, so it is still readable and topmost; the marks still paint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, startFixtureSession } from './harness';
import { hoverOn, openWatched, untilCard, untilMarked } from './hostile-watch';

let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

describe('a page that unsets every style and fights for the top z-index', () => {
  it('shows visible marks and a readable card above every overlay', async () => {
    const w = await openWatched(session, 'hostile-styles.html');
    await untilMarked(w, 'article', 'Mark Rutte');

    // The marks paint: the same text, shot with Backstory's highlights and without them.
    const box = await w.look(() => {
      const walker = document.createTreeWalker(document.querySelector('article') as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf('Mark Rutte');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Mark Rutte'.length);
        const r = range.getClientRects()[0];
        return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
      }
      return null;
    });
    expect(box).not.toBeNull();
    const clip = box as { x: number; y: number; width: number; height: number };
    const marked = await w.page.screenshot({ clip });
    const hidden = await w.look(() => {
      (globalThis as { saved?: [string, Highlight][] }).saved = [...CSS.highlights].filter(([name]) => name.startsWith('backstory-'));
      for (const name of [...CSS.highlights.keys()]) if (name.startsWith('backstory-')) CSS.highlights.delete(name);
      return CSS.highlights.size;
    });
    expect(hidden).toBe(0);
    const plain = await w.page.screenshot({ clip });
    await w.look(() => {
      for (const [name, h] of (globalThis as { saved?: [string, Highlight][] }).saved ?? []) CSS.highlights.set(name, h);
    });
    expect(marked.equals(plain)).toBe(false);

    await hoverOn(w, 'article', 'Mark Rutte');
    await untilCard(w, 'NATO');
    const view = await w.look(() => {
      const host = document.querySelector('backstory-card');
      const card = host?.shadowRoot?.querySelector('[role="dialog"]');
      if (!host || !card) return null;
      const r = card.getBoundingClientRect();
      const rail = (document.getElementById('rail') as HTMLElement).getBoundingClientRect();
      const points = [0.1, 0.5, 0.9].flatMap((fx) => [0.1, 0.5, 0.9].map((fy) => [r.left + r.width * fx, r.top + r.height * fy] as const));
      const s = getComputedStyle(card);
      return {
        topmost: points.map(([x, y]) => document.elementFromPoint(x, y) === host),
        overRail: points.some(([x, y]) => x > rail.left && x < rail.right && y > rail.top && y < rail.bottom),
        width: r.width,
        height: r.height,
        fontSize: Number.parseFloat(s.fontSize),
        color: s.color,
        background: getComputedStyle(host.shadowRoot?.querySelector('.card') as Element).backgroundColor,
      };
    });
    expect(view).not.toBeNull();
    expect(view?.overRail, 'the card overlaps the z-index 2147483647 rail').toBe(true);
    expect(view?.topmost).toEqual(Array(9).fill(true));
    expect(view?.width).toBeGreaterThan(200);
    expect(view?.height).toBeGreaterThan(80);
    expect(view?.fontSize).toBeGreaterThanOrEqual(12);
    expect(view?.color).not.toBe(view?.background);
    expect(view?.background).not.toBe('rgba(0, 0, 0, 0)');

    // The page's overlay still works where the card is not.
    await w.page.keyboard.press('Escape');
    await w.page.mouse.click(1200, 300);
    expect(await w.pageValue('window.clicks')).toBe(1);
    expect(w.problems()).toEqual([]);
    await w.page.close();
  });
});
