/**
 * Same-origin, sandboxed and srcdoc iframes (fixtures/hostile-frames.html): the top page gets
 * its marks and card, every frame's script runs, nothing throws, and no frame gets marks (the
 * content script runs in top frames only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, startFixtureSession } from './harness';
import { hoverOn, openWatched, untilCard, untilMarked } from './hostile-watch';

let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

describe('a page with same-origin, sandboxed and srcdoc frames', () => {
  it('works in the top page and leaves every frame to itself', async () => {
    const w = await openWatched(session, 'hostile-frames.html');
    await untilMarked(w, 'article', 'Antony Blinken');
    await hoverOn(w, 'article', 'Antony Blinken');
    await untilCard(w, 'Secretary of State');
    await w.page.keyboard.press('Escape');

    await expect.poll(() => w.pageValue<string[]>('window.hellos.slice().sort()')).toEqual(['inline', 'same', 'sandboxed']);
    const frames = w.page.frames().filter((f) => f !== w.page.mainFrame());
    expect(frames).toHaveLength(3);
    for (const frame of frames) {
      expect(await frame.locator('#state').textContent()).toMatch(/^(same|sandboxed|inline) ran$/);
      expect(await frame.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('backstory-')))).toEqual([]);
    }
    expect(w.problems()).toEqual([]);
    await w.page.close();
  });
});
