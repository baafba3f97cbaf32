/**
 * The User Timing measures of the background's start, in the real worker: the one it writes when
 * its KB is ready (entrypoints/background/kb.ts), and the one compromise's deferred build writes
 * (config/defer-module.ts). `npm run bench`'s service-worker figures read both (bench/worker.bench.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlServiceWorker, type ServiceWorkerControl } from '../../bench/service-worker';
import { deferredMeasure } from '../../config/defer-module';
import { KB_LOAD_MEASURE } from '../../entrypoints/background/kb-timing';
import { type FixtureSession, startFixtureSession, waitForMarks } from './harness';

const entries = `performance.getEntriesByName(${JSON.stringify(KB_LOAD_MEASURE)}).map(({ entryType, startTime, duration }) => ({ entryType, startTime, duration }))`;

/** How many times the worker has evaluated compromise since it started. */
const compromiseBuilds = `performance.getEntriesByName(${JSON.stringify(deferredMeasure('compromise/two'))}).length`;

describe('the start-up measures in the service worker', () => {
  let session: FixtureSession;
  let worker: ServiceWorkerControl;
  beforeAll(async () => {
    session = await startFixtureSession();
    worker = await controlServiceWorker(session.browser.context, session.browser.extensionId);
  });
  afterAll(async () => {
    await worker?.close();
    await session?.close();
  });

  it('is written by any start, with no request at all, and no start builds compromise by itself', async () => {
    await worker.stop();
    await worker.start();
    await expect.poll(() => worker.evaluate<unknown[]>(entries)).toHaveLength(1);
    expect(await worker.evaluate(compromiseBuilds)).toBe(0);
  });

  it("is written once, from the load's start to its index ready, counted from the worker start, however many pages ask", async () => {
    await worker.stop();
    const page = await session.open('news-article.html');
    await waitForMarks(page);
    const again = await session.open('news-article.html');
    await waitForMarks(again);
    const written = await worker.evaluate<{ entryType: string; startTime: number; duration: number }[]>(entries);
    expect(written).toHaveLength(1);
    expect(written[0]?.entryType).toBe('measure');
    expect(written[0]?.startTime).toBeGreaterThan(0);
    expect(written[0]?.duration).toBeGreaterThan(0);
    // The first page's matcher built compromise; the second reused it.
    expect(await worker.evaluate(compromiseBuilds)).toBe(1);
    await page.close();
    await again.close();
  });

  it('answers a card after a restart from the KB alone: compromise is not built until a page needs the matcher', async () => {
    const extensionPage = await session.browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.browser.extensionId}/article.html?doc=none`);
    await worker.stop();
    const card = await extensionPage.evaluate(`chrome.runtime.sendMessage({ type: 'card', id: 'antony-blinken', url: 'https://example.invalid/' })`);
    expect(JSON.stringify(card)).toContain('Antony Blinken');
    expect(await worker.evaluate(entries)).toHaveLength(1);
    expect(await worker.evaluate(compromiseBuilds)).toBe(0);
    const page = await session.open('news-article.html');
    await waitForMarks(page);
    expect(await worker.evaluate(compromiseBuilds)).toBe(1);
    await page.close();
    await extensionPage.close();
  });
});
