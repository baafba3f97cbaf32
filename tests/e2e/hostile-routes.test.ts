/**
 * A single-page app taken through 100 client-side routes (fixtures/hostile-routes.html): the
 * marks follow every route, and the JS heap of the page (its world and Backstory's share one
 * isolate) stays flat between route 10 and route 100, read after a forced garbage collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, startFixtureSession } from './harness';
import { openWatched, untilMarked, type WatchedPage } from './hostile-watch';

const ROUTES = 100;
/** Allowed heap growth from route 10 to route 100: a leak of one article's marks per route would pass it within a few dozen routes. */
const HEAP_GROWTH_BYTES = 2 * 1024 * 1024;
/** Whom route n names first (fixtures/hostile-routes.html): n's person, in turn. */
const PEOPLE = ['Antony Blinken', 'Park Jin', 'Mark Rutte'];

let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

async function heapAfterGc(w: WatchedPage): Promise<number> {
  await w.cdp.send('HeapProfiler.collectGarbage');
  await w.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await w.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

describe('a single-page app through 100 routes', () => {
  it('marks every route and keeps the heap flat', async () => {
    const w = await openWatched(session, 'hostile-routes.html');
    await untilMarked(w, 'article', PEOPLE[0] as string);
    const heap: Record<number, number> = {};
    for (let route = 1; route <= ROUTES; route++) {
      await w.page.click('#next');
      const who = PEOPLE[route % PEOPLE.length] as string;
      await untilMarked(w, 'article', who);
      if (route === 10 || route === ROUTES) heap[route] = await heapAfterGc(w);
    }
    // Only this route's marks: none left on the articles thrown away.
    const live = await w.look(() =>
      ['person', 'place', 'organization'].every((t) =>
        [...((CSS.highlights.get(`backstory-${t}`) ?? []) as Iterable<AbstractRange>)].every(
          (r) => r instanceof Range && r.commonAncestorContainer.isConnected,
        ),
      ),
    );
    expect(live).toBe(true);
    const growth = (heap[ROUTES] as number) - (heap[10] as number);
    console.log(`JS heap after GC: route 10 ${heap[10]} B, route ${ROUTES} ${heap[ROUTES]} B, growth ${growth} B`);
    expect(growth).toBeLessThan(HEAP_GROWTH_BYTES);
    expect(await w.pageValue("document.getElementById('route').textContent")).toBe(String(ROUTES));
    expect(w.problems()).toEqual([]);
    await w.page.close();
  }, 240_000);
});
