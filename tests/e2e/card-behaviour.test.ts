import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardText, type FixtureSession, hoverText, inCard, ROOT, startFixtureSession, waitForCard, waitForMarks } from './harness';

/** How the card opens, stays, closes and reads (issue 3, part 3), on the news-article fixture. */
let session: FixtureSession;
let page: Page;

const cardGone = () => page.waitForFunction(() => !document.querySelector('backstory-card'));
const clickInCard = (selector: string) =>
  page.evaluate((sel) => (document.querySelector('backstory-card')?.shadowRoot?.querySelector(sel) as HTMLElement | null)?.click(), selector);

beforeAll(async () => {
  session = await startFixtureSession();
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.url}/news-article.html`);
  await waitForMarks(page);
});

afterAll(() => session?.close());

beforeEach(async () => {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await cardGone();
  await page.emulateMedia({ reducedMotion: 'no-preference' });
});

describe('the hover card', () => {
  it('shows the lead line, background, its sentence on demand, related entities, coverage newest first, and the KB date', async () => {
    await hoverText(page, 'article', 'Antony Blinken');
    const text = await waitForCard(page, 'Secretary of State');
    expect(text).toContain('Person');
    // The lead line ("Secretary of State", undated, joins its dated spelling); its text opens its newest sentence.
    expect(text).toContain('United States Secretary of State · in the corpus 2023');
    expect(text).toContain('knowledge base as of 9 Nov 2023');
    await clickInCard('.lead button.role');
    expect(await inCard(page, (c) => c.querySelector('.lead blockquote')?.textContent)).toMatch(/Blinken.*\(TDI, 9 Nov 2023\)/s);
    // Coverage: newest first, undated last.
    const dates = await inCard(page, (c) => [...c.querySelectorAll('.coverage .meta')].map((m) => m.textContent ?? ''));
    const firstDated = dates?.findIndex((d) => /\d{4}/.test(d)) ?? -1;
    expect(firstDated).toBe(0);
    // 'Often mentioned with' opens that entity's own card, and Back returns.
    await clickInCard('.related button.chip');
    await page.waitForFunction(() => {
      const root = document.querySelector('backstory-card')?.shadowRoot;
      return root?.querySelector('button[aria-label="Back"]') && !root.querySelector('h2')?.textContent?.includes('Blinken');
    });
    await clickInCard('button[aria-label="Back"]');
    await waitForCard(page, 'Antony Blinken');
  });

  it('is a labelled dialog for screen readers, with labelled buttons', async () => {
    await hoverText(page, 'article', 'Park Jin');
    await waitForCard(page, 'Park Jin');
    const a11y = await inCard(page, (c) => ({
      label:
        c.ownerDocument && c.getRootNode() instanceof ShadowRoot
          ? (c.getRootNode() as ShadowRoot).getElementById(c.getAttribute('aria-labelledby') ?? '')?.textContent
          : null,
      unlabelled: [...c.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).length,
    }));
    expect(a11y).toEqual({ label: 'Park Jin', unlabelled: 0 });
  });

  it('stays while the pointer is on it, and closes after the pointer leaves', async () => {
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Antony Blinken');
    const box = await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect().toJSON());
    await page.mouse.move(box.x + 40, box.y + 40, { steps: 5 });
    await page.waitForTimeout(1000);
    expect(await cardText(page)).toContain('Antony Blinken');
    await page.mouse.move(5, 5, { steps: 3 });
    await cardGone();
  });

  it('stays open when pinned, and closes on Escape', async () => {
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Antony Blinken');
    await clickInCard('button[aria-label="Pin card"]');
    await page.mouse.move(5, 5, { steps: 3 });
    await page.waitForTimeout(1000);
    expect(await cardText(page)).toContain('Antony Blinken');
    await page.keyboard.press('Escape');
    await cardGone();
  });

  it('stays inside the viewport, above a mention near the bottom edge', async () => {
    const word = 'Tokyo';
    const where = () =>
      page.evaluate((w) => {
        const p = [...document.querySelectorAll('article p')].find((x) => x.textContent?.includes(w));
        const node = p?.firstChild as Text;
        const range = document.createRange();
        const i = node.data.indexOf(w);
        range.setStart(node, i);
        range.setEnd(node, i + w.length);
        return range.getBoundingClientRect().toJSON();
      }, word);
    // The mention's own line at the viewport's bottom edge: the viewport is cut to end just below
    // it (scrolling there fails where the machine's fonts make the page shorter than the window),
    // and the fixture's cookie banner, fixed at that edge, is hidden for the while.
    const before = page.viewportSize();
    const banner = (hidden: boolean) =>
      page.evaluate((h) => {
        (document.getElementById('cookie-consent') as HTMLElement).hidden = h;
        scrollTo({ top: 0, behavior: 'instant' });
      }, hidden);
    await banner(true);
    const width = before?.width ?? 1280;
    await page.setViewportSize({ width, height: Math.ceil((await where()).bottom) + 4 });
    try {
      const point = await where();
      await page.mouse.move(point.x + 5, point.y - 30);
      await page.mouse.move(point.x + point.width / 2, point.y + point.height / 2, { steps: 4 });
      await waitForCard(page, 'Tokyo');
      const card = await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect().toJSON());
      const viewport = page.viewportSize() ?? { width: 0, height: 0 };
      expect(point.bottom).toBeGreaterThan(viewport.height - 10);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(viewport.height);
      expect(card.right).toBeLessThanOrEqual(viewport.width);
      expect(card.bottom).toBeLessThanOrEqual(point.y);
      await page.screenshot({ path: join(ROOT, '.test-results/card-flipped.png') });
    } finally {
      await page.keyboard.press('Escape');
      if (before) await page.setViewportSize(before);
      await banner(false);
    }
  });

  it('fits a short viewport where neither side has room for the whole card, and scrolls inside', async () => {
    const before = page.viewportSize();
    await page.setViewportSize({ width: 1000, height: 520 });
    try {
      await hoverText(page, 'article', 'Antony Blinken');
      await waitForCard(page, 'Antony Blinken');
      const box = await inCard(page, (c) => ({ ...c.getBoundingClientRect().toJSON(), scrolls: c.scrollHeight > c.clientHeight }));
      expect(box?.top).toBeGreaterThanOrEqual(0);
      expect(box?.bottom).toBeLessThanOrEqual(520);
      expect(box?.scrolls).toBe(true);
    } finally {
      await page.keyboard.press('Escape');
      if (before) await page.setViewportSize(before);
    }
  });

  it('does not animate for readers who prefer reduced motion', async () => {
    const animation = () => inCard(page, (c) => getComputedStyle(c).animationName);
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Antony Blinken');
    expect(await animation()).not.toBe('none');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await cardGone();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Antony Blinken');
    expect(await animation()).toBe('none');
  });
});

describe('related coverage', () => {
  it('opens a corpus article without a URL on Backstory’s article page, with its own marks', async () => {
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Related coverage');
    const title = await inCard(page, (c) => c.querySelector('.coverage button.title')?.textContent ?? null);
    expect(title).toBeTruthy();
    const opened = session.browser.context.waitForEvent('page');
    await clickInCard('.coverage button.title');
    const article = await opened;
    await article.waitForSelector('article mark');
    expect(article.url()).toMatch(new RegExp(`^chrome-extension://${session.browser.extensionId}/article\\.html\\?doc=`));
    expect(await article.textContent('h1')).toBe(title);
    const marks = await article.$$eval('mark.type-person', (ms) => ms.map((m) => m.textContent));
    expect(marks).toContain('Antony Blinken');
    await article.screenshot({ path: join(ROOT, '.test-results/corpus-article.png') });
    await article.close();
  });
});

describe('the keyboard', () => {
  it('moves to the next and previous mention and opens its card with focus in it', async () => {
    await page.evaluate(() => {
      scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const first = await waitForCard(page, 'Backstory');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('backstory-card');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.waitForFunction((before) => {
      const t = document.querySelector('backstory-card')?.shadowRoot?.querySelector('h2')?.textContent;
      return t && !before.startsWith(t);
    }, first);
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await page.waitForFunction(
      (before) => before.startsWith(document.querySelector('backstory-card')?.shadowRoot?.querySelector('h2')?.textContent ?? '-'),
      first,
    );
    await page.keyboard.press('Escape');
    await cardGone();
  });
});
