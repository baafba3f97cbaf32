import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, hoverText, startFixtureSession, waitForCard } from './harness';
import { countAnnotateRequests, foreignChanges, markedTexts, marksAreLive, untilUnchanged, waitForMarkIn } from './page-state';

/** Longer than the content script waits between a page's change and its request (a few frames). */
const QUIET_MS = 2500;

/** Pages that change under Backstory: re-rendering scripts, infinite scroll, a live blog, single-page navigation. */
let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

describe('a page whose script re-renders its paragraphs', () => {
  it('keeps marks on the new nodes, and the page keeps working', async () => {
    const page = await session.open('rerender.html');
    // The page renders again at 300 ms and 1200 ms: wait until it is done, then for marks on the last render.
    await page.waitForFunction(() => document.querySelector('.reactions')?.textContent?.includes('rendered 3 times'));
    await waitForMarkIn(page, 'article', 'Park Jin');
    await page.click('#like');
    await page.click('#like');
    expect(await page.textContent('#like')).toBe('Useful (2)');
    await waitForMarkIn(page, 'article', 'Antony Blinken');
    await expect.poll(() => marksAreLive(page), { timeout: 10_000 }).toBe(true);
    // A correction changes one paragraph's text: its new names are marked.
    await page.evaluate(() => (window as unknown as { correct(): void }).correct());
    await waitForMarkIn(page, 'article p:nth-of-type(2)', 'NATO');
    await expect.poll(() => marksAreLive(page), { timeout: 10_000 }).toBe(true);
    await hoverText(page, 'article', 'Blinken', 1);
    expect(await waitForCard(page, 'Antony Blinken')).toContain('Secretary of State');
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});

describe('an infinite-scroll feed', () => {
  it('marks stories appended as the reader scrolls', async () => {
    const page = await session.open('infinite-scroll.html');
    await waitForMarkIn(page, '#story-1', 'Mark Rutte');
    for (const story of ['#story-2', '#story-3']) {
      await page.mouse.wheel(0, 4000);
      await page.waitForSelector(story);
    }
    await waitForMarkIn(page, '#story-2', 'Park Jin');
    await waitForMarkIn(page, '#story-3', 'Lloyd Austin');
    expect(await page.textContent('#loading')).toBe('No more stories.');
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});

describe('a live blog', () => {
  it('marks new entries, lets the clock keep ticking, and goes quiet when the page does', async () => {
    const requests = await countAnnotateRequests(session.browser);
    const page = await session.open('live-ticker.html');
    await waitForMarkIn(page, '#entries', 'Antony Blinken');
    // The third entry arrives about 2.4 s after load.
    await page.waitForFunction(() => document.querySelectorAll('.entry').length === 5);
    await waitForMarkIn(page, '#entries .entry:first-child', 'NATO');
    const ticks = await page.evaluate(() => (window as unknown as { ticks(): number }).ticks());
    await page.waitForFunction((t) => (window as unknown as { ticks(): number }).ticks() > t + 3, ticks);
    expect(await page.textContent('#clock')).toMatch(/^\d+$/);
    expect(await foreignChanges(page)).toEqual([]);

    // No feedback loop: once the page stops changing, so do Backstory's requests.
    // Quiet means no request for QUIET_MS, reached well within the guard: a loop never gets there.
    await page.evaluate(() => (window as unknown as { stopLive(): void }).stopLive());
    await untilUnchanged(requests, QUIET_MS, 60_000);
    await page.close();
  });
});

describe('a single-page app', () => {
  it('drops the old story’s marks and marks the new one after pushState navigation', async () => {
    const page = await session.open('spa.html');
    await waitForMarkIn(page, 'article', 'Antony Blinken');
    await page.click('#to-second');
    await waitForMarkIn(page, 'article', 'Mark Rutte');
    const texts = await markedTexts(page);
    expect(texts).not.toContain('Antony Blinken');
    expect(texts).toContain('NATO');
    expect(await marksAreLive(page)).toBe(true);
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});
