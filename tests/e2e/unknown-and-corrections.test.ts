/**
 * Issue 4, parts 3 and 4 in real Chromium: names the KB lacks are listed in the popup and, on
 * request, marked on the page without a reload; "not this entity" on a card unlinks the name
 * on this site (every mention, after a reload too, not on another host) until undone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, hoverText, inCard, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { markedTexts, newestTabId, waitForMarkIn } from './page-state';

let session: FixtureSession;
let article: Page;
let popup: Page;

const unknownTexts = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('backstory-unknown') ?? []) as Iterable<AbstractRange>)].map((r) => (r as Range).toString()));

const clickInCard = (page: Page, label: string) =>
  page.evaluate((text) => {
    const buttons = document.querySelector('backstory-card')?.shadowRoot?.querySelectorAll('button') ?? [];
    const button = [...buttons].find((b) => b.textContent?.trim() === text);
    if (!button) throw new Error(`no "${text}" button in the card`);
    button.click();
  }, label);

beforeAll(async () => {
  session = await startFixtureSession();
  article = await session.open('local-baker.html');
  const tabId = await newestTabId(session.browser);
  await waitForMarks(article, 'person');
  await article.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
});

afterAll(() => session?.close());

describe('names the knowledge base lacks', () => {
  it('are listed in the popup, once each, and not marked by default', async () => {
    await popup.waitForSelector('.unknown-list .unknown');
    const listed = await popup.$$eval('.unknown-list .unknown', (items) =>
      items.map((li) => [li.querySelector('.name')?.textContent, li.querySelector('.kind')?.textContent, Number(li.querySelector('.count')?.textContent)]),
    );
    expect(listed).toEqual(
      expect.arrayContaining([
        ['Maria Lindqvist', 'Person', 2],
        ['Port Elspeth', 'Place', 2],
        ['Coastal Millers Guild', 'Organization', 2],
      ]),
    );
    // Known names are not in that list.
    expect(listed.map(([name]) => name)).not.toContain('Seoul');
    expect(await unknownTexts(article)).toEqual([]);
  });

  it('are marked on the page when the reader asks, without a reload, and unmarked again', async () => {
    await popup.getByLabel('Mark them on the page').check();
    await article.waitForFunction(() => (CSS.highlights.get('backstory-unknown')?.size ?? 0) >= 5);
    expect(await unknownTexts(article)).toEqual(
      expect.arrayContaining(['PORT ELSPETH', 'Maria Lindqvist', 'Lindqvist', 'Coastal Millers Guild', 'Port Elspeth']),
    );
    // Never inside the form's input, and the page was not reloaded.
    expect(await article.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await article.bringToFront();
    await hoverText(article, 'article', 'Lindqvist', 1);
    const card = await waitForCard(article, 'Not in the knowledge base');
    expect(card).toContain('Maria Lindqvist');
    expect(card).toContain('Person');
    await article.keyboard.press('Escape');

    await popup.bringToFront();
    await popup.getByLabel('Mark them on the page').uncheck();
    await article.waitForFunction(() => (CSS.highlights.get('backstory-unknown')?.size ?? 0) === 0);
    // The known names' marks stayed.
    expect(await markedTexts(article)).toContain('Seoul');
  });
});

describe('"not this entity"', () => {
  it('the card says why the name links, and unlinking it unmarks every mention on the page', async () => {
    await article.bringToFront();
    expect((await markedTexts(article)).filter((t) => t === 'Blinken')).toHaveLength(2);
    await hoverText(article, 'article', 'Blinken');
    const card = await waitForCard(article, 'Not this entity');
    expect(card).toContain('Linked as surname of Antony Blinken');
    await clickInCard(article, 'Not this entity');
    await waitForCard(article, '“Blinken” is no longer linked to Antony Blinken on 127.0.0.1.');
    await article.waitForFunction(() => ![...(CSS.highlights.get('backstory-person') ?? [])].some((r) => (r as Range).toString() === 'Blinken'));
    // The rest of the page keeps its marks (read again, so they may take a moment), and the page's own script and form are untouched.
    await waitForMarkIn(article, 'body', 'Seoul');
    expect(await article.inputValue('input[name="reader"]')).toBe('Blinken');
  });

  it('holds on this site after a reload, not on another host, and the popup lists it', async () => {
    await article.reload();
    await waitForMarks(article, 'place');
    expect(await markedTexts(article)).not.toContain('Blinken');

    const elsewhere = await session.browser.context.newPage();
    await elsewhere.goto(`${session.server.url.replace('127.0.0.1', 'localhost')}/local-baker.html`);
    await waitForMarks(elsewhere, 'person');
    expect(await markedTexts(elsewhere)).toContain('Blinken');
    await elsewhere.close();

    await popup.bringToFront();
    await popup.reload();
    await popup.waitForSelector('.correction-list li');
    expect(await popup.textContent('.correction-list')).toContain('“Blinken” is not Antony Blinken');
  });

  it('undo from the popup links the name again on the open page', async () => {
    await popup.click('.correction-list button:has-text("Undo")');
    await article.waitForFunction(() => [...(CSS.highlights.get('backstory-person') ?? [])].filter((r) => (r as Range).toString() === 'Blinken').length === 2);
    await expect.poll(() => popup.$('.correction-list')).toBeNull();
  });

  it('undo from the card links it again too', async () => {
    await article.bringToFront();
    await hoverText(article, 'article', 'Blinken', 1);
    await waitForCard(article, 'Not this entity');
    await clickInCard(article, 'Not this entity');
    await article.waitForFunction(() => ![...(CSS.highlights.get('backstory-person') ?? [])].some((r) => (r as Range).toString() === 'Blinken'));
    await clickInCard(article, 'Undo');
    await article.waitForFunction(() => [...(CSS.highlights.get('backstory-person') ?? [])].some((r) => (r as Range).toString() === 'Blinken'));
    // The card offers it again once the background answers the undo: an answer apart from the page's marks, which may come first.
    await expect.poll(() => inCard(article, (card) => card.textContent?.includes('Not this entity'))).toBe(true);
  });
});
