/**
 * Issue 18, part 4 in real Chromium: on a page in Spanish (an original fixture page) Backstory
 * marks only the KB's names written exactly, lists no invented names, and the popup says why.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, startFixtureSession, waitForMarks } from './harness';
import { markedTexts, newestTabId } from './page-state';

let session: FixtureSession;
let article: Page;
let popup: Page;

beforeAll(async () => {
  session = await startFixtureSession();
  article = await session.open('spanish-story.html');
  const tabId = await newestTabId(session.browser);
  await waitForMarks(article, 'person', 4);
  popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
});

afterAll(() => session?.close());

describe('a page in Spanish', () => {
  it('gets marks on the exact names the KB knows, and no others', async () => {
    expect((await markedTexts(article, 'article')).sort()).toEqual(['Antony Blinken', 'Antony Blinken', 'Park Jin', 'Park Jin', 'Washington']);
  });

  it('has the popup say why it found nothing else, and list no unknown names', async () => {
    await popup.waitForSelector('text=This page is in Spanish; Backstory only marks names its knowledge base knows.');
    expect(await popup.$$eval('.entity-list .entity .name', (names) => names.map((n) => n.textContent).sort())).toEqual([
      'Antony Blinken',
      'Park Jin',
      'Washington',
    ]);
    expect(await popup.$$('.unknown-list .unknown')).toEqual([]);
  });
});
