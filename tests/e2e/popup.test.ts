import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwellBeforeCard, type FixtureSession, hoverText, ROOT, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { hasBackstoryHighlights, markedTexts, newestTabId } from './page-state';

let session: FixtureSession;
let article: Page;
let popup: Page;

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, { hoverDwellMs?: number }>>; set(v: object): Promise<void> } } };

/** The page as a script sees it: every element, attribute and text node. */
const pageDom = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

beforeAll(async () => {
  session = await startFixtureSession();
  article = await session.browser.context.newPage();
  await article.goto(`${session.server.url}/news-article.html`);
  const tabId = await newestTabId(session.browser);
  await waitForMarks(article);
  popup = await session.browser.context.newPage();
  // DESIGN.md: opened as popup.html?tab=ID, the popup shows that tab's page.
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
});

afterAll(() => session?.close());

describe('the popup', () => {
  it("lists the page's entities grouped by type, with counts", async () => {
    await popup.waitForSelector('.entity-list');
    const groups = await popup.$$eval('.entity-list section', (sections) =>
      sections.map((s) => ({
        heading: s.querySelector('h2')?.firstChild?.textContent?.trim(),
        names: [...s.querySelectorAll('.entity .name')].map((n) => n.textContent),
        counts: [...s.querySelectorAll('.entity .count')].map((n) => Number(n.textContent)),
      })),
    );
    const people = groups.find((g) => g.heading === 'People');
    const places = groups.find((g) => g.heading === 'Places');
    expect(people?.names).toEqual(expect.arrayContaining(['Antony Blinken', 'Park Jin']));
    expect(places?.names).toEqual(expect.arrayContaining(['North Korea', 'Russia', 'Seoul']));
    expect(groups.find((g) => g.heading === 'Organizations')?.names).toContain('NATO');
    // Counts are the page's marks of each entity (the article names Blinken four times).
    const marked = await markedTexts(article);
    const blinken = people?.counts[people.names.indexOf('Antony Blinken')];
    expect(blinken).toBe(marked.filter((t) => t === 'Blinken' || t === 'Antony Blinken').length);
    expect(blinken).toBeGreaterThanOrEqual(4);
    await popup.screenshot({ path: join(ROOT, '.test-results/popup.png') });
  });

  it('scrolls the page to the first mention and flashes it', async () => {
    await popup.click('.entity:has-text("NATO")');
    await article.waitForFunction(() => [...(CSS.highlights.get('backstory-flash') ?? [])].some((r) => (r as Range).toString() === 'NATO'));
  });

  it('turns Backstory off on the site, leaving the page exactly as it was, and back on', async () => {
    const marked = await pageDom(article);
    // A pinned card goes too. (Hovering needs the page's tab in front: background tabs get no animation frames.)
    await article.bringToFront();
    await hoverText(article, 'article', 'Antony Blinken');
    await waitForCard(article, 'Antony Blinken');
    await article.evaluate(() =>
      (document.querySelector('backstory-card')?.shadowRoot?.querySelector('button[aria-label="Pin card"]') as HTMLElement | null)?.click(),
    );
    await popup.bringToFront();
    const toggle = popup.locator('input[role="switch"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await article.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')));
    expect(await article.evaluate(() => document.querySelector('backstory-card'))).toBeNull();
    expect(await pageDom(article)).toBe(marked);
    expect(await article.evaluate(() => document.body.innerHTML === (window as unknown as { __initialBody: string }).__initialBody)).toBe(true);
    await expect.poll(() => toggle.isChecked()).toBe(false);

    // The popup no longer lists what is not marked, and offers to run on this page alone.
    await popup.waitForSelector('text=Backstory is off on 127.0.0.1.');
    expect(await popup.$('.entity-list')).toBeNull();

    // Off is remembered: a reload stays unmarked.
    await article.reload();
    await article.waitForTimeout(1500);
    expect(await hasBackstoryHighlights(article)).toBe(false);

    // Run on this page: marks come back here, and the site stays off.
    await popup.click('button.run');
    await waitForMarks(article);
    await popup.waitForSelector('.entity-list');
    await expect.poll(() => toggle.isChecked()).toBe(false);

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await article.reload();
    await waitForMarks(article);
  });

  it('sets how soon cards open, and open pages follow at once', async () => {
    await popup.selectOption('.setting select', { label: 'Slowly' });
    const [worker] = session.browser.context.serviceWorkers();
    const stored = () => worker?.evaluate(() => chrome.storage.sync.get('settings').then((s) => s.settings?.hoverDwellMs));
    await expect.poll(stored).toBe(800);
    // A dwell set in storage reaches the open page: measured by the page from the pointer's
    // arrival to the card's first frame, which a loaded machine can only make longer.
    await worker?.evaluate(() => chrome.storage.sync.set({ settings: { hoverDwellMs: 2000 } }));
    await article.bringToFront();
    expect(await dwellBeforeCard(article, 'article', 'Antony Blinken')).toBeGreaterThanOrEqual(2000);
    await waitForCard(article, 'Antony Blinken');
  });

  it('runs on a page Backstory already looked at and found nothing on: the story shown since is read', async () => {
    const page = await session.open('revealed-story.html');
    const tabId = await newestTabId(session.browser);
    // The session registers its highlights before it looks for the article, in the same task.
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')));
    await page.click('#continue');
    const runPopup = await session.browser.context.newPage();
    await runPopup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    await runPopup.waitForSelector('text=Backstory has not read this page.');
    await runPopup.click('button.run');
    await waitForMarks(page);
    expect(await markedTexts(page, '#story')).toContain('Antony Blinken');
    await runPopup.close();
    await page.close();
  });
});
