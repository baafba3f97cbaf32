import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, hoverText, ROOT, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { markedTexts } from './page-state';

let session: FixtureSession;
let page: Page;
/** Every request the page made, Backstory's content script included. */
const requests: string[] = [];

beforeAll(async () => {
  session = await startFixtureSession();
  page = await session.browser.context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${session.server.url}/news-article.html`);
  await waitForMarks(page);
});

afterAll(() => session?.close());

describe('a news article', () => {
  it('marks people, places and organizations without changing the DOM', async () => {
    const sizes = await page.evaluate(() =>
      Object.fromEntries(['person', 'place', 'organization'].map((t) => [t, CSS.highlights.get(`backstory-${t}`)?.size ?? 0])),
    );
    expect(sizes.person).toBeGreaterThanOrEqual(4);
    expect(sizes.place).toBeGreaterThanOrEqual(4);
    expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { __initialBody: string }).__initialBody)).toBe(true);
  });

  it('leaves navigation, asides, cookie banners, forms and code unmarked', async () => {
    for (const selector of ['.site-header', 'aside', '#cookie-consent', '#comment-form', 'pre', 'footer']) {
      expect(await markedTexts(page, selector), selector).toEqual([]);
    }
  });

  it('shows a card with the role and related coverage on hover', async () => {
    await hoverText(page, 'article', 'Blinken', 1);
    const text = await waitForCard(page, 'Secretary of State');
    expect(text).toContain('Antony Blinken');
    expect(text).toContain('US and South Korea close ranks on common global issues');
    await page.screenshot({ path: join(ROOT, '.test-results/hover-card.png') });
  });

  it('makes no network request beyond the page itself', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(session.server.url))).toEqual([]);
  });
});
