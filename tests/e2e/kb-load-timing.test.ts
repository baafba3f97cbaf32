/**
 * The User Timing measure the background writes when its KB is ready (entrypoints/background/kb.ts),
 * which `npm run bench`'s service-worker figures read (bench/worker.bench.ts), in the real worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlServiceWorker, type ServiceWorkerControl } from '../../bench/service-worker';
import { KB_LOAD_MEASURE } from '../../entrypoints/background/kb-timing';
import { type FixtureSession, startFixtureSession, waitForMarks } from './harness';

const entries = `performance.getEntriesByName(${JSON.stringify(KB_LOAD_MEASURE)}).map(({ entryType, startTime, duration }) => ({ entryType, startTime, duration }))`;

describe('the KB-load measure in the service worker', () => {
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

  it('is not written by a start that needs no KB', async () => {
    await worker.stop();
    await worker.start();
    expect(await worker.evaluate(entries)).toEqual([]);
  });

  it('is written once, from the first request for the KB to its index ready, counted from the worker start', async () => {
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
    await page.close();
    await again.close();
  });
});
