import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionItem } from '~/lib/collection/item';
import { type FixtureSession, hoverText, inCard, ROOT, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { newestTabId } from './page-state';

/**
 * Issue 7, parts 3 and 4 on the news-article fixture: collecting from a card, the collection
 * page and its exports, the popup's page export, "Look up in Backstory", plain cards, and the
 * cast list.
 */
let session: FixtureSession;
let article: Page;
let tabId: number;
let articleUrl: string;

declare const chrome: {
  runtime: { sendMessage(message: object): Promise<unknown> };
  contextMenus: { update(id: string, change: object): Promise<void> };
  storage: { local: { set(items: object): Promise<void> }; sync: { get(key: string): Promise<Record<string, { cardMode?: string }>> } };
};

/** An item as version 1 of the collection stored it (a bare array), from an earlier session. */
const OLD_ITEM: CollectionItem = {
  source: 'collected',
  kind: 'entity',
  id: 'mark-rutte',
  name: 'Mark Rutte',
  type: 'person',
  surface: 'Rutte',
  sentence: 'Rutte spoke to the alliance.',
  url: 'https://news.example/rutte',
  title: 'An earlier read',
  time: Date.UTC(2026, 0, 1),
};

const TITLE = 'Blinken and Park pledge closer coordination on North Korea | The Daily Ledger';
const extensionPage = (path: string) => `chrome-extension://${session.browser.extensionId}/${path}`;

async function openExtensionPage(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(extensionPage(path));
  return page;
}

const clickInCard = (selector: string) =>
  article.evaluate((sel) => (document.querySelector('backstory-card')?.shadowRoot?.querySelector(sel) as HTMLElement | null)?.click(), selector);

async function closeCard(): Promise<void> {
  await clickInCard('button[aria-label="Close card"]');
  await article.mouse.move(5, 5);
  await article.waitForFunction(() => !document.querySelector('backstory-card'));
}

/** Clicks `button` on `page` and returns the text of the file it downloads. */
async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
}

beforeAll(async () => {
  session = await startFixtureSession();
  // Before the background first reads the collection: it must upgrade this one, not lose it.
  const [worker] = session.browser.context.serviceWorkers();
  await worker?.evaluate((item) => chrome.storage.local.set({ collection: [item] }), OLD_ITEM);
  article = await session.browser.context.newPage();
  await article.goto(`${session.server.url}/news-article.html`);
  articleUrl = article.url();
  tabId = await newestTabId(session.browser);
  await waitForMarks(article);
});

afterAll(() => session?.close());

describe('the research collection', () => {
  it('collects from a card: the collection page lists it with its sentence, page URL and title', async () => {
    await article.bringToFront();
    await hoverText(article, 'article', 'Park Jin');
    await waitForCard(article, 'Foreign Minister of South Korea');
    // The toggle shows once the background says whether the entity is collected: an answer apart from the card's data.
    await expect.poll(() => inCard(article, (c) => c.querySelector('.collect-bar')?.textContent)).toContain('research collection');
    await clickInCard('button.collect');
    await article.waitForFunction(
      () => document.querySelector('backstory-card')?.shadowRoot?.querySelector('button.collect')?.getAttribute('aria-pressed') === 'true',
    );
    // Collecting is not pinning.
    expect(await inCard(article, (c) => c.querySelector('button[aria-label="Pin card"]') !== null)).toBe(true);
    await article.screenshot({ path: join(ROOT, '.test-results/card-collected.png') });
    await closeCard();

    const page = await openExtensionPage('collection.html');
    const row = page.locator('tr[data-key^="collected|entity:park-jin|"]');
    await row.waitFor();
    expect(await row.locator('.name').textContent()).toBe('Park Jin');
    expect(await row.locator('.surface').textContent()).toBe('Park Jin');
    expect(await row.locator('.sentence').textContent()).toMatch(
      /^SEOUL — U\.S\. Secretary of State Antony Blinken sat down with South Korean Foreign Minister Park Jin/,
    );
    expect(await row.locator('.page a').getAttribute('href')).toBe(articleUrl);
    expect(await row.locator('.page a').textContent()).toBe(TITLE);
    // What the page showed marked is there too, as met.
    await page.locator('tr[data-key^="met|entity:nato|"]').waitFor();
    // The collection stored by an earlier version survived the upgrade.
    expect(await page.locator('tr[data-id="mark-rutte"] .page').textContent()).toBe('An earlier read');
    await page.screenshot({ path: join(ROOT, '.test-results/collection.png') });
    await page.close();
  });

  it('filters, exports what it shows as CSV and JSON with the KB ids, and removes an item', async () => {
    const page = await openExtensionPage('collection.html');
    await page.locator('tr[data-id="park-jin"]').first().waitFor();
    await page.selectOption('select:near(:text("Show"))', 'collected');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);

    const csv = await downloaded(page, 'fieldset.export button:text("CSV")');
    expect(csv.name).toMatch(/^backstory-collection-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toEqual([
      expect.objectContaining({ source: 'collected', kind: 'entity', id: 'park-jin', type: 'person', url: articleUrl, title: TITLE }),
      expect.objectContaining({ source: 'collected', id: 'mark-rutte', time: '2026-01-01T00:00:00.000Z' }),
    ]);

    const json = await downloaded(page, 'fieldset.export button:text("JSON")');
    const items = JSON.parse(json.text).items as CollectionItem[];
    const stored = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'collection' }))) as { items: CollectionItem[] };
    expect(items).toEqual(stored.items.filter((i) => i.source === 'collected'));
    expect(items.map((i) => i.id)).toEqual(['park-jin', 'mark-rutte']);
    expect(items[0]?.sentence).toBe(rows.data[0]?.sentence);

    await page.click('tr[data-id="park-jin"] button.remove');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.click('tr[data-id="mark-rutte"] button.remove');
    await page.waitForSelector('text=Nothing matches.');
    await page.close();
  });

  it("exports the page's entities and events from the popup, with their KB ids", async () => {
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.entity-list');
    const csv = await downloaded(popup, 'fieldset.export button:text("CSV")');
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['antony-blinken', 'park-jin', 'nato', 'north-korea']));
    expect(rows.find((r) => r.id === 'nato')).toMatchObject({ kind: 'entity', name: 'NATO', type: 'organization', url: articleUrl });
    const json = JSON.parse((await downloaded(popup, 'fieldset.export button:text("JSON")')).text);
    expect(json.items.map((r: { id: string }) => r.id)).toEqual(rows.map((r) => r.id));
    await popup.close();
  });
});

/** Selects the first occurrence of `text` in the article, as a reader would before right-clicking. */
const select = (text: string) =>
  article.evaluate((t) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(t);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`${t} not found`);
  }, text);

describe('Look up in Backstory', () => {
  // Headless Chromium cannot open a context menu: the test checks the menu is registered, then
  // sends the background the request its click handler sends (lookUp), from an extension page.
  it('opens the card of a selected name, or says the KB has nothing on it', async () => {
    const [worker] = session.browser.context.serviceWorkers();
    await expect(worker?.evaluate(() => chrome.contextMenus.update('backstory-look-up', {}))).resolves.toBeUndefined();

    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await article.bringToFront();
    await select('Foreign Minister Park Jin');
    const found = await popup.evaluate(([id, text]) => chrome.runtime.sendMessage({ type: 'lookUp', tabId: id, text }), [
      tabId,
      'Foreign Minister Park Jin',
    ] as const);
    expect(found).toEqual({ id: 'park-jin', shown: true });
    await waitForCard(article, 'Foreign Minister of South Korea');
    expect(await inCard(article, (c) => c.querySelector('h2')?.textContent)).toBe('Park Jin');
    await closeCard();

    await select('routine but timely');
    const missing = await popup.evaluate(([id, text]) => chrome.runtime.sendMessage({ type: 'lookUp', tabId: id, text }), [
      tabId,
      'routine but timely',
    ] as const);
    expect(missing).toEqual({ id: null, shown: true });
    await waitForCard(article, 'The knowledge base has nothing on routine but timely.');
    expect(await inCard(article, (c) => c.querySelector('button.collect'))).toBeNull();
    await closeCard();
    await popup.close();
  });
});

describe('plain cards', () => {
  it('turn on and off from the popup, changing the next card without a reload', async () => {
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    const plain = popup.locator('label:has-text("Plain cards") input');
    // Stored before the hover: the page hears the change once it is stored, and a card opened sooner keeps the mode before.
    const [worker] = session.browser.context.serviceWorkers();
    const storedMode = () => worker?.evaluate(() => chrome.storage.sync.get('settings').then((s) => s.settings?.cardMode));
    await plain.check();
    await expect.poll(storedMode).toBe('plain');
    await article.bringToFront();
    await hoverText(article, 'article', 'Antony Blinken');
    await waitForCard(article, 'Key dates');
    await article.screenshot({ path: join(ROOT, '.test-results/plain-card.png') });
    const shape = () =>
      inCard(article, (c) => ({
        line: c.querySelector('.plain-line')?.textContent ?? null,
        headings: [...c.querySelectorAll('h3')].map((h) => h.textContent),
        coverage: c.querySelectorAll('.coverage li').length,
      }));
    const plainCard = await shape();
    // The page gives no date, so the card speaks of today: four years after the corpus's last word of
    // the office (November 2023) the lead reads "Former …" (role-history.ts), whatever the day.
    expect(plainCard?.line).toMatch(/^(Former )?United States Secretary of State$/);
    expect(plainCard?.headings[0]).toBe('Key dates');
    expect(plainCard?.headings).not.toContain('Often mentioned with');
    expect(plainCard?.coverage).toBeLessThanOrEqual(2);
    await closeCard();

    await popup.bringToFront();
    await plain.uncheck();
    await expect.poll(storedMode).toBe('standard');
    await article.bringToFront();
    await hoverText(article, 'article', 'Antony Blinken');
    await waitForCard(article, 'Often mentioned with');
    expect((await shape())?.line).toBeNull();
    await closeCard();
    await popup.close();
  });
});

describe('the cast list', () => {
  it('lists the article’s cast in order of first appearance, and finds one on the page', async () => {
    const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.cast li');
    const names = await panel.$$eval('.cast .member .name', (els) => els.map((e) => e.textContent ?? ''));
    const order = ['Antony Blinken', 'Park Jin', 'North Korea', 'Russia', 'NATO', 'Ukraine', 'China', 'Tokyo'];
    const at = order.map((n) => names.indexOf(n));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(await panel.locator('.member[data-id="park-jin"] .line').textContent()).toBe('Foreign Minister of South Korea');
    await panel.screenshot({ path: join(ROOT, '.test-results/cast-list.png') });

    await panel.click('.member[data-id="nato"]');
    await article.waitForFunction(() => [...(CSS.highlights.get('backstory-flash') ?? [])].some((r) => (r as Range).toString() === 'NATO'));
    await panel.close();
  });
});
