/** Every setting of the options page takes effect on an open page at once, without a reload. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwellBeforeCard, type FixtureSession, startFixtureSession, waitForCard, waitForMarks } from './harness';

declare const chrome: {
  storage: {
    local: { set(v: object): Promise<void>; get(key: string): Promise<Record<string, { items?: { source: string; url: string }[] }>> };
    sync: { get(key: string): Promise<Record<string, { showUnknown?: boolean; hoverDwellMs?: number }>> };
  };
};

let session: FixtureSession;
let article: Page;
let options: Page;

/** The names of Backstory's highlights registered on the page that hold marks. */
const registered = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.entries()].filter(([name, h]) => name.startsWith('backstory-') && h.size > 0).map(([name]) => name));

/** A property of highlight `name`'s style on the page's body, as the page's stylesheets (and the extension's) give it. */
const highlightStyle = (page: Page, name: string, property: 'textDecorationLine' | 'backgroundColor') =>
  page.evaluate(([n, p]) => getComputedStyle(document.body, `::highlight(${n})`)[p], [name, property] as const);

beforeAll(async () => {
  session = await startFixtureSession();
  article = await session.open('news-article.html');
  await waitForMarks(article);
  await waitForMarks(article, 'event');
  options = await session.browser.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await options.waitForSelector('.settings');
});
afterAll(() => session?.close());

describe('options take effect on open pages without a reload', () => {
  it('hides and shows each type of mark', async () => {
    for (const type of ['person', 'place', 'organization', 'event']) {
      await options.uncheck(`input[name="mark-${type}"]`);
      await expect.poll(() => registered(article)).not.toContain(`backstory-${type}`);
      await options.check(`input[name="mark-${type}"]`);
      await expect.poll(() => registered(article)).toContain(`backstory-${type}`);
    }
  });

  // Before the style changes: waitForMarks reads the default style's highlights.
  it('turns a site off and on', async () => {
    const [worker] = session.browser.context.serviceWorkers();
    await worker?.evaluate(() => chrome.storage.local.set({ sites: { '127.0.0.1': true } }));
    await options.reload();
    const toggle = options.locator('.settings input[role="switch"]');
    await toggle.click();
    // Polled by time: a tab in the background gets no animation frames.
    await article.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), undefined, { polling: 100 });
    await toggle.click();
    await article.bringToFront();
    await waitForMarks(article);
  });

  it('changes the mark style', async () => {
    await options.selectOption('select[name="mark-style"]', 'underline');
    await expect.poll(() => registered(article)).toEqual(expect.arrayContaining(['backstory-person-underline', 'backstory-place-underline']));
    expect(await registered(article)).not.toContain('backstory-person');
    // Drawn, not only registered: this style's rules are not in the sheet every page gets, the background injects them.
    await expect.poll(() => highlightStyle(article, 'backstory-person-underline', 'textDecorationLine')).toBe('underline');
    await options.selectOption('select[name="mark-style"]', 'tint');
    await expect.poll(() => registered(article)).toContain('backstory-person-tint');
    expect(await highlightStyle(article, 'backstory-person-tint', 'backgroundColor')).toBe('rgba(37, 99, 235, 0.16)');
  });

  it('changes how soon cards open', async () => {
    await options.selectOption('.settings .setting select', { label: 'Slowly' });
    // Saved before the hover: the page hears the change once it is stored, and a hover sooner would wait the dwell before.
    const [worker] = session.browser.context.serviceWorkers();
    await expect.poll(() => worker?.evaluate(() => chrome.storage.sync.get('settings').then((s) => s.settings?.hoverDwellMs))).toBe(800);
    await article.bringToFront();
    // Slowly is 800 ms, twice the default dwell. Measured by the page, from the pointer's arrival
    // to the card's first frame: a loaded machine can only make it longer.
    expect(await dwellBeforeCard(article, 'article', 'Antony Blinken')).toBeGreaterThanOrEqual(800);
    await waitForCard(article, 'Antony Blinken');
    await article.mouse.move(5, 5);
  });

  it('marks names the KB does not know, and stops', async () => {
    await options.check('input[name="show-unknown"]');
    const [worker] = session.browser.context.serviceWorkers();
    await expect.poll(() => worker?.evaluate(() => chrome.storage.sync.get('settings').then((s) => s.settings?.showUnknown))).toBe(true);
    await expect.poll(() => registered(article)).toContain('backstory-unknown');
    await options.uncheck('input[name="show-unknown"]');
    await expect.poll(() => registered(article)).not.toContain('backstory-unknown');
    await options.check('input[name="show-unknown"]');
  });

  it('resets every setting to its default', async () => {
    await options.click('button.reset');
    await expect.poll(() => registered(article)).toEqual(expect.arrayContaining(['backstory-person', 'backstory-place', 'backstory-organization']));
    expect(await options.inputValue('select[name="mark-style"]')).toBe('tint-underline');
    expect(await options.isChecked('input[name="show-unknown"]')).toBe(false);
    expect(await options.isChecked('input[name="record-met"]')).toBe(true);
  });

  it('stops keeping the names met on pages in the collection, and starts again', async () => {
    const [worker] = session.browser.context.serviceWorkers();
    const metOn = (url: string) =>
      worker?.evaluate(
        (pageUrl) =>
          chrome.storage.local.get('collection').then((s) => (s.collection?.items ?? []).filter((i) => i.source === 'met' && i.url === pageUrl).length),
        url,
      );
    await options.uncheck('input[name="record-met"]');
    const page = await session.open('local-baker.html');
    await waitForMarks(page, 'place');
    // Longer than the recorder waits before it writes (met-recorder.ts).
    await page.waitForTimeout(3000);
    expect(await metOn(page.url())).toBe(0);
    await options.check('input[name="record-met"]');
    await page.reload();
    await waitForMarks(page, 'place');
    await expect.poll(() => metOn(page.url()), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
