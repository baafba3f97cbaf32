/**
 * A DOM 2,000 levels deep (Chromium itself crashes at 3,000, extension or not) and a
 * 200,000-word DOM (fixtures/hostile-big-dom.html). The page does its own heavy work (building,
 * first layout) before its first frame after load; after that frame it does next to nothing, so
 * long tasks there come from Backstory. The same page without the extension, in the same run,
 * shows none.
 *
 * Neither page freezes after that frame. On the 200,000-word page that needs two things: the
 * reading of blocks, their registration and the first look at them are sliced (no more than
 * SLICE_MS of work per task), and only the screens near the reader have their marks in the shared
 * highlights (lib/page/near-viewport.ts). Before, the thousands of ranges registered as marks
 * arrived made Chromium's paint of the highlights take tasks of about 120 ms.
 *
 * Task lengths are wall-clock time, which a busy machine stretches, so these tests assert the
 * structure (sliced work, few ranges registered) and guard only against a freeze; the long-task
 * figures themselves are `npm run bench:page`'s.
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type FixtureSession, startFixtureSession } from './harness';
import { marksIn, openWatched, untilMarked, type WatchedPage } from './hostile-watch';

const LONG_TASK_MS = 50;
/** A task this long is a freeze a reader sees, ten times a long task: never passed on a loaded machine by sliced work. */
const FREEZE_MS = 10 * LONG_TASK_MS;
/** Time left after the marks looked for, for anything still queued to run. */
const SETTLE_MS = 2000;

let session: FixtureSession;
let plain: Browser;

beforeAll(async () => {
  session = await startFixtureSession();
  plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await plain?.close();
  await session?.close();
});

interface Life {
  longTasks: { start: number; duration: number }[];
  paintedAt: number;
}

const LIFE = '({ longTasks: window.longTasks, paintedAt: window.paintedAt })';
/** Long tasks after the page's first frame after load. */
const afterFirstFrame = ({ longTasks, paintedAt }: Life) => longTasks.filter((t) => t.start >= paintedAt && t.duration > LONG_TASK_MS);

/** Scrolls the page's last paragraph into view, as a reader jumping to the end would. */
const TO_THE_END = () => document.getElementById('last')?.scrollIntoView({ block: 'center', behavior: 'instant' });

/** The page's life without Backstory, in the same run; `toTheEnd` makes the same jump the test with Backstory makes. */
async function withoutExtension(path: string, toTheEnd = false): Promise<Life> {
  const page = await plain.newPage();
  await page.goto(`${session.server.url}/${path}`);
  await page.waitForFunction(() => (window as unknown as { paintedAt?: number }).paintedAt !== undefined);
  if (toTheEnd) await page.evaluate(TO_THE_END);
  await page.waitForTimeout(SETTLE_MS);
  const life = (await page.evaluate(LIFE)) as Life;
  await page.close();
  return life;
}

/** Resolves once the page's own 100 ms counter has ticked five more times: the page keeps running. */
async function untilTicking(w: WatchedPage): Promise<void> {
  const before = await w.pageValue<number>('window.ticks');
  await expect.poll(() => w.pageValue<number>('window.ticks'), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 5);
}

/** Tasks after the page's first frame long enough to be a freeze. */
const freezes = (life: Life) => afterFirstFrame(life).filter((t) => t.duration >= FREEZE_MS);

describe('a DOM 2,000 levels deep', () => {
  const path = 'hostile-big-dom.html?shape=deep&levels=2000';

  it('is marked at the bottom, never freezes after the first frame, and keeps running', async () => {
    const w = await openWatched(session, path);
    await untilMarked(w, '#last', 'Park Jin');
    await w.page.waitForTimeout(SETTLE_MS);
    expect(freezes(await withoutExtension(path)), 'the page alone').toEqual([]);
    expect(freezes(await w.pageValue<Life>(LIFE)), 'with Backstory').toEqual([]);
    await untilTicking(w);
    expect(w.problems()).toEqual([]);
    await w.page.close();
  });
});

describe('a 200,000-word DOM', () => {
  const path = 'hostile-big-dom.html?shape=wide&words=200000';

  it('is marked wherever the reader scrolls, never freezes after the first frame, and keeps running', async () => {
    const w = await openWatched(session, path);
    await untilMarked(w, '#story p', 'Antony Blinken', 60_000);
    // The page's counter runs while the marks stream in.
    await untilTicking(w);
    // 200,000 words down, the last paragraph is marked once the reader gets there.
    await w.look(TO_THE_END);
    // (The background reads the 200,000 words in page order first: over a minute on a loaded machine.)
    await expect.poll(() => marksIn(w, '#last'), { timeout: 150_000, interval: 500 }).not.toEqual([]);
    // Only the screens around the reader have their marks in the shared highlights (lib/page/near-viewport.ts).
    const registered = await w.look(() => [...CSS.highlights].reduce((n, [name, h]) => n + (name.startsWith('backstory-') ? h.size : 0), 0));
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(1000);
    expect(await marksIn(w, '#story p:first-of-type')).toEqual([]);
    await w.page.waitForTimeout(SETTLE_MS);
    const life = await w.pageValue<Life>(LIFE);
    const baseline = await withoutExtension(path, true);
    console.log(
      `200,000 words: ${registered} ranges registered; long tasks after the first frame, with Backstory ${JSON.stringify(afterFirstFrame(life).map((t) => Math.round(t.duration)))} ms, without ${JSON.stringify(afterFirstFrame(baseline).map((t) => Math.round(t.duration)))} ms`,
    );
    expect(freezes(baseline), 'the page alone').toEqual([]);
    expect(freezes(life), 'with Backstory').toEqual([]);
    expect(w.problems()).toEqual([]);
    await w.page.close();
  }, 300_000);
});
