import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, hoverText, ROOT, startFixtureSession, waitForCard } from './harness';
import { foreignChanges, markCounts, markedTexts, newestTabId, waitForContentScript, waitForMarkIn } from './page-state';

/** Pages that could trip Backstory up: an iframe, 50,000 words, a dark page, no article at all, forms and editors. */
let session: FixtureSession;

beforeAll(async () => {
  session = await startFixtureSession();
});

afterAll(() => session?.close());

describe('a page with an iframe', () => {
  it('marks the article and leaves the embedded document alone', async () => {
    const page = await session.open('iframe.html');
    await waitForMarkIn(page, 'article', 'Antony Blinken');
    const frame = page.frameLocator('#embed');
    await frame.locator('#play').click();
    await expect.poll(() => frame.locator('#state').textContent()).toBe('playing');
    const inFrame = await page
      .frames()
      .find((f) => f !== page.mainFrame())
      ?.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('backstory-')).length);
    expect(inFrame).toBe(0);
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});

describe('a wire story with the usual furniture', () => {
  it('marks the story, and none of its caption, share bar, promos, newsletter box or most-read list', async () => {
    const page = await session.open('wire-story.html');
    await waitForMarkIn(page, '.story-body', 'Park Jin');
    // Captions are not the story's prose (issue: only the article's prose marked).
    for (const selector of ['figcaption', '.top', '.share-bar', '.read-more', '.newsletter-box', '.most-read']) {
      expect(await markedTexts(page, selector), selector).toEqual([]);
    }
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});

describe('a story laid out in plain divs, without article markup', () => {
  it('marks the headline and the story, and leaves masthead and sidebar alone', async () => {
    const page = await session.open('div-layout.html');
    await waitForMarkIn(page, '.col-main', 'Mark Rutte');
    expect(await markedTexts(page, 'h1')).toEqual(expect.arrayContaining(['Park Jin', 'NATO']));
    for (const selector of ['#masthead', '.col-side', '#bottom']) {
      expect(await markedTexts(page, selector), selector).toEqual([]);
    }
    await page.close();
  });
});

describe('a 50,000-word page', () => {
  /** Indexes of the paragraphs of `#record` that hold a person's mark now. */
  const markedParagraphs = (page: Page) =>
    page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('#record p')];
      const ranges = [...((CSS.highlights.get('backstory-person') ?? []) as Iterable<AbstractRange>)].filter((r) => r instanceof Range);
      return paragraphs.flatMap((p, i) => (ranges.some((r) => p.contains(r.commonAncestorContainer)) ? [i] : []));
    });

  it('marks the whole page down to its last paragraph, registering only the screens near the reader', async () => {
    const page = await session.open('long-read.html');
    expect(await page.evaluate(() => (window as unknown as { wordCount(): number }).wordCount())).toBeGreaterThanOrEqual(50_000);
    await page.evaluate(() => document.getElementById('last')?.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await waitForMarkIn(page, '#last', 'Blinken', 45_000);
    await hoverText(page, '#last', 'Blinken');
    expect(await waitForCard(page, 'Antony Blinken')).toContain('Secretary of State');
    // Scrolled through two screens at a time, every paragraph naming one of the two ministers
    // in full shows its mark; the highlights never hold more than the screens around the reader.
    const named = await page.$$eval('#record p', (ps) => ps.flatMap((p, i) => (/Antony Blinken|Park Jin/.test(p.textContent ?? '') ? [i] : [])));
    const [height, screen] = await page.evaluate(() => [document.documentElement.scrollHeight, innerHeight]);
    const seen = new Set<number>();
    let mostRegistered = 0;
    for (let top = 0; top < height; top += 2 * screen) {
      await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), top);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
      for (const i of await markedParagraphs(page)) seen.add(i);
      mostRegistered = Math.max(mostRegistered, (await markCounts(page)).person);
    }
    expect(named.filter((i) => !seen.has(i))).toEqual([]);
    expect(mostRegistered).toBeGreaterThan(0);
    expect(mostRegistered).toBeLessThan(named.length / 4);
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});

describe('a dark page', () => {
  it('shows a dark card', async () => {
    const page = await session.open('dark-page.html');
    await waitForMarkIn(page, 'article', 'Antony Blinken');
    await hoverText(page, 'article', 'Antony Blinken');
    await waitForCard(page, 'Secretary of State');
    const scheme = await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card')?.getAttribute('data-scheme'));
    expect(scheme).toBe('dark');
    await page.screenshot({ path: join(ROOT, '.test-results/dark-card.png') });
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});

describe('a front page without an article', () => {
  it('gets no marks and no changes', async () => {
    const page = await session.open('no-article.html');
    await waitForContentScript(session.browser, await newestTabId(session.browser));
    // Nothing to wait for on a page that should stay unmarked: give a scan time to happen.
    await page.waitForTimeout(1500);
    expect(await markedTexts(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('backstory-card'))).toBeNull();
    expect(await foreignChanges(page)).toEqual([]);
    await page.close();
  });
});

describe('a page with forms, an editor, code and SVG', () => {
  it('marks only the article text, and forms and editor keep working', async () => {
    const page = await session.open('forms-and-editors.html');
    await waitForMarkIn(page, 'article p', 'Antony Blinken');
    for (const selector of ['#snippet', '#inline-code', '#chart-label', '#editor', '#corrections']) {
      expect(await markedTexts(page, selector), selector).toEqual([]);
    }
    expect(await foreignChanges(page)).toEqual([]);

    await page.fill('#name', 'A reader');
    await page.click('#details');
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks.');
    await page.click('#corrections button');
    expect(await page.textContent('#result')).toBe('Received from A reader: Park Jin spoke second, not first. Thanks.');

    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Also Blinken.');
    expect(await page.textContent('#editor')).toBe('I think the article should say Antony Blinken met Park Jin in Seoul. Also Blinken.');
    // The mention shortcut is not heard while the reader types.
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await page.evaluate(() => document.querySelector('backstory-card'))).toBeNull();
    expect(await markedTexts(page, '#editor')).toEqual([]);

    // Selection and copy read the page's own text across a mark.
    const selected = await page.evaluate(() => {
      const p = document.querySelector('article p');
      if (!p) return null;
      getSelection()?.selectAllChildren(p);
      return getSelection()?.toString();
    });
    expect(selected).toBe(await page.textContent('article p'));
    await page.close();
  });
});
