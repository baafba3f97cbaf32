/**
 * A page that rewrites DOM and language built-ins (fixtures/hostile-patched-builtins.html):
 * Backstory's content script runs in an isolated world with built-ins of its own, so marks and
 * cards work as anywhere else, and not one of the page's replacements is ever called by it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, startFixtureSession } from './harness';
import { hoverOn, openWatched, untilCard, untilMarked } from './hostile-watch';

let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

describe('a page that patches the built-ins', () => {
  it('gets its marks and cards, and Backstory never calls the patched functions', async () => {
    const w = await openWatched(session, 'hostile-patched-builtins.html');
    await untilMarked(w, 'article', 'Antony Blinken');
    await untilMarked(w, 'article', 'Mark Rutte');
    await hoverOn(w, 'article', 'Mark Rutte');
    await untilCard(w, 'NATO');
    // The keyboard path too: it shows the card through the same UI.
    await w.page.keyboard.press('Escape');
    await w.page.keyboard.press('Alt+Shift+ArrowDown');
    await w.until(() => Boolean(document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent));
    await w.page.keyboard.press('Escape');

    // Read by value from the page's world: no page-side code runs to read it.
    expect(await w.pageValue('window.patchedCalls')).toEqual({});
    expect(await w.pageValue("document.getElementById('status').textContent")).toBe('The page works with its own built-ins.');
    await w.page.click('#tally');
    expect(await w.pageValue("document.getElementById('readers').textContent")).toBe('1');
    // The page's own timer still runs. It ticks every 100 ms, and the click above can take less:
    // wait for the next tick (as long as a loaded machine needs), never for a fixed time.
    const ticks = await w.pageValue<number>('window.ticks');
    await expect.poll(() => w.pageValue<number>('window.ticks'), { timeout: 10_000 }).toBeGreaterThan(ticks);
    expect(w.problems()).toEqual([]);
    await w.page.close();
  });
});

describe('the error watch of the hostile tests', () => {
  it('sees uncaught errors of a world other than the page’s, and console errors (or an empty list would prove nothing)', async () => {
    const w = await openWatched(session, 'hostile-patched-builtins.html');
    await w.look(() => {
      window.setTimeout(() => {
        throw new Error('thrown in an isolated world');
      }, 0);
      console.error('logged in an isolated world');
    });
    await expect.poll(() => w.problems().join('\n')).toContain('thrown in an isolated world');
    expect(w.problems().join('\n')).toContain('logged in an isolated world');
    await w.page.close();
  });
});
