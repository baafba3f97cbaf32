/**
 * Events on the page: the sentence that tells a KB event gets a quiet mark of its own, hovering
 * it (away from the names in it) opens the event card, and the entity card shows the timeline
 * that leads to its events. news-article.html tells the North Korea → Russia munitions event
 * in words of its own; council-story.html tells none.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, hoverText, inCard, ROOT, startFixtureSession, waitForCard, waitForMarks } from './harness';
import { newestTabId } from './page-state';

const SENTENCE = 'Speaking after the meeting, Blinken told reporters that Washington was tracking shipments of artillery shells from Pyongyang to Moscow.';
const LABEL = 'North Korea supplies munitions to Russia';

let session: FixtureSession;
let page: Page;
let tabId: number;

/** The text under each event mark. */
const eventMarks = (p: Page) =>
  p.evaluate(() => [...((CSS.highlights.get('backstory-event') ?? []) as Iterable<AbstractRange>)].map((r) => (r as Range).toString()));

/** Clicks the card's button whose text (or label) is `name`. */
const clickInCard = (name: string) =>
  page.evaluate((n) => {
    const root = document.querySelector('backstory-card')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === n || b.getAttribute('aria-label') === n);
    if (!button) throw new Error(`no button ${n}`);
    button.click();
  }, name);

const closeCard = async () => {
  await clickInCard('Close card');
  await page.waitForFunction(() => !document.querySelector('backstory-card'));
};

beforeAll(async () => {
  session = await startFixtureSession();
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.url}/news-article.html`);
  tabId = await newestTabId(session.browser);
  await waitForMarks(page);
  await waitForMarks(page, 'event');
});

afterAll(() => session?.close());

describe('events on a news article', () => {
  it('marks the sentence that tells the event, and nothing else', async () => {
    expect(await eventMarks(page)).toEqual([SENTENCE]);
  });

  it('opens the event card on the sentence, away from its names: label, date, participants, coverage', async () => {
    await hoverText(page, 'article', 'artillery shells');
    const text = await waitForCard(page, 'Who was involved');
    const shown = await inCard(page, (card) => ({
      isEvent: card.classList.contains('event-card'),
      label: card.querySelector('#bs-event-label')?.textContent,
      date: card.querySelector('.facts time')?.textContent,
      participants: [...card.querySelectorAll('[aria-labelledby="bs-event-who"] .chip')].map((c) => c.textContent),
      coverage: [...card.querySelectorAll('.coverage .title')].map((t) => t.textContent),
    }));
    expect(shown).toMatchObject({ isEvent: true, label: LABEL, date: '9 Nov 2023' });
    expect(shown?.participants).toEqual(expect.arrayContaining(['North Korea', 'Russia']));
    // Corpus articles 000 and 004 tell it; 003 does not.
    expect(shown?.coverage).toHaveLength(2);
    expect(shown?.coverage).toContain('US and South Korea close ranks on common global issues');
    expect(shown?.coverage.some((t) => t?.startsWith('The United States Secretary of State Antony Blinken held talks'))).toBe(true);
    expect(text).not.toContain('Antony Blinken, head of US foreign policy');
    await page.screenshot({ path: join(ROOT, '.test-results/event-card.png') });
  });

  it('opens a participant’s entity card from the event card, and goes back', async () => {
    await clickInCard('Russia');
    await page.waitForFunction(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('#bs-name')?.textContent === 'Russia');
    expect(await inCard(page, (card) => card.classList.contains('event-card'))).toBe(false);
    await clickInCard('Back');
    await page.waitForFunction((label) => document.querySelector('backstory-card')?.shadowRoot?.querySelector('#bs-event-label')?.textContent === label, LABEL);
    await closeCard();
  });

  it('opens a covering article from the event card on Backstory’s article page', async () => {
    await hoverText(page, 'article', 'artillery shells');
    await waitForCard(page, 'Who else covered it');
    const opened = session.browser.context.waitForEvent('page');
    await page.evaluate(() => (document.querySelector('backstory-card')?.shadowRoot?.querySelector('.coverage button.title') as HTMLElement | null)?.click());
    const article = await opened;
    await article.waitForSelector('h1');
    expect(article.url()).toMatch(new RegExp(`^chrome-extension://${session.browser.extensionId}/article\\.html\\?doc=00[04]_`));
    await article.close();
    await page.bringToFront();
    await closeCard();
  });

  it('opens the entity card, not the event card, on a name inside the sentence', async () => {
    await hoverText(page, 'article', 'Blinken', 1);
    await waitForCard(page, 'Secretary of State');
    expect(await inCard(page, (card) => card.querySelector('#bs-name')?.textContent)).toBe('Antony Blinken');
    expect(await inCard(page, (card) => card.classList.contains('event-card'))).toBe(false);
  });

  it('shows the entity’s timeline (no chart from one day), whose events open their own cards', async () => {
    const timeline = await inCard(page, (card) => ({
      span: card.querySelector('.timeline-span')?.textContent,
      chart: card.querySelector('.mention-chart') !== null,
      events: [...card.querySelectorAll('.timeline-events li')].map((li) => li.textContent),
    }));
    expect(timeline?.span).toBe('Seen on 9 Nov 2023');
    expect(timeline?.chart).toBe(false);
    expect(timeline?.events).toContain('9 Nov 2023 Antony Blinken visits South Korea');
    await page.screenshot({ path: join(ROOT, '.test-results/entity-card-timeline.png') });
    await clickInCard('Antony Blinken visits South Korea');
    await waitForCard(page, 'Who was involved');
    expect(await inCard(page, (card) => card.querySelector('#bs-event-label')?.textContent)).toBe('Antony Blinken visits South Korea');
    expect(await inCard(page, (card) => card.querySelector('button[aria-label="Back"]') !== null)).toBe(true);
    await closeCard();
  });

  it('lists the page’s events in the popup with counts; clicking one scrolls to its sentence and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('#group-events');
    const events = await popup.$$eval('[aria-labelledby="group-events"] .event', (rows) =>
      rows.map((r) => ({ label: r.querySelector('.name')?.textContent, count: Number(r.querySelector('.count')?.textContent) })),
    );
    expect(events).toEqual([{ label: LABEL, count: 1 }]);
    expect(await popup.$eval('#group-events .count', (c) => c.textContent)).toBe('1');
    await popup.click(`.event:has-text("${LABEL}")`);
    await page.waitForFunction((s) => [...(CSS.highlights.get('backstory-flash') ?? [])].some((r) => (r as Range).toString() === s), SENTENCE);
    // A background tab may hold a smooth scroll: the reader would be looking at the page anyway.
    await page.bringToFront();
    await page.waitForFunction((s) => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent?.includes(s));
      const box = p?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    }, SENTENCE);
    await popup.close();
  });
});

describe('a page on an unrelated topic', () => {
  it('marks its names but no event', async () => {
    const other = await session.browser.context.newPage();
    await other.goto(`${session.server.url}/council-story.html`);
    await waitForMarks(other, 'place');
    expect(await eventMarks(other)).toEqual([]);
    await other.close();
  });
});
