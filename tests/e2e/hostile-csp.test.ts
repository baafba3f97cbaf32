/**
 * A page under a strict Content-Security-Policy with Trusted Types
 * (fixtures/hostile-csp.html, its header in hostile-csp.html.headers.json): no inline script,
 * no inline style, no HTML sinks without a policy. Marks and card still appear, and the page
 * sees no violation caused by Backstory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, startFixtureSession } from './harness';
import { hoverOn, openWatched, untilCard, untilMarked } from './hostile-watch';

let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

describe('a page with a strict CSP and Trusted Types', () => {
  it('gets marks and a styled card, with no violation reported', async () => {
    const w = await openWatched(session, 'hostile-csp.html');
    const policy = (await w.page.request.get(w.page.url())).headers()['content-security-policy'];
    expect(policy).toContain("require-trusted-types-for 'script'");
    await untilMarked(w, 'article', 'Antony Blinken');
    await hoverOn(w, 'article', 'Antony Blinken');
    await untilCard(w, 'Secretary of State');
    // The card's own styles applied (a blocked stylesheet would leave it unstyled and see-through).
    const style = await w.look(() => {
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card');
      if (!card) return null;
      const s = getComputedStyle(card);
      return { background: s.backgroundColor, radius: s.borderTopLeftRadius, shadow: s.boxShadow };
    });
    expect(style).not.toBeNull();
    expect(style?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style?.shadow).not.toBe('none');

    await w.page.keyboard.press('Escape');
    expect(await w.pageValue('window.violations')).toEqual([]);
    expect(await w.pageValue("document.getElementById('status').textContent")).toBe('The page works under its policy.');
    expect(w.problems()).toEqual([]);

    // The listener does hear violations: an inline style set from the page is one.
    await w.pageValue("document.body.setAttribute('style', 'color: red'), 0");
    await expect.poll(() => w.pageValue<{ directive: string }[]>('window.violations')).toEqual([expect.objectContaining({ directive: 'style-src-attr' })]);
    await w.page.close();
  });
});
