/**
 * A page that removes every element it did not make, the moment it appears
 * (fixtures/hostile-remover.html), the card's `<backstory-card>` host included. Backstory steps
 * aside: each hover adds the host once and never fights back (no loop, no errors), and once the
 * page lets it be, the next hover shows the card again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, startFixtureSession } from './harness';
import { hoverOn, openWatched, untilCard, untilMarked, type WatchedPage } from './hostile-watch';

let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

const removedHosts = (w: WatchedPage) => w.pageValue<number>("window.removed.filter((n) => n === 'backstory-card').length");

describe('a page that removes elements it did not make', () => {
  it('sees the card host once per hover, no loop, no error, and the card comes back when allowed', async () => {
    const w = await openWatched(session, 'hostile-remover.html');
    await untilMarked(w, 'article', 'Park Jin');
    const hovers = ['Park Jin', 'Antony Blinken', 'Park Jin', 'Blinken'];
    for (const [i, name] of hovers.entries()) {
      await w.page.mouse.move(5, 5);
      await hoverOn(w, 'article', name);
      await expect.poll(() => removedHosts(w)).toBe(i + 1);
    }
    // Left alone, Backstory adds nothing more.
    await w.page.waitForTimeout(1500);
    expect(await removedHosts(w)).toBe(hovers.length);
    expect(await w.pageValue('window.removed')).toEqual(hovers.map(() => 'backstory-card'));

    const ticks = await w.pageValue<number>('window.ticks');
    await w.pageValue('window.tolerant = true');
    await w.page.mouse.move(5, 5);
    await hoverOn(w, 'article', 'Antony Blinken');
    await untilCard(w, 'Secretary of State');
    expect(await w.pageValue<number>('window.ticks')).toBeGreaterThan(ticks);
    expect(w.problems()).toEqual([]);
    await w.page.close();
  });
});
