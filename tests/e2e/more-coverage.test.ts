/**
 * An entity card's rows behind "more articles" in real Chromium: the card's first view carries
 * only its first rows, so a sharded KB reads only their documents before the card shows; opening
 * "more articles" asks the background for the rest, ranked as one list. A copy of the test build
 * whose sharded KB gives Antony Blinken a dozen more articles (invented titles and sentences).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWholeKb, writeKb } from '../../cli/kb-files';
import { MORE_COVERAGE_ROWS, SHOWN_COVERAGE_ROWS } from '../../lib/kb/card-model';
import type { Kb } from '../../lib/kb/schema';
import { type ExtensionBrowser, ensureTestBuild, hoverText, inCard, launchWithExtension, ROOT, serve, waitForCard, waitForMarks } from './harness';

/** Articles added to Antony Blinken's coverage: more than the first view and "more articles" hold together. */
const ADDED = SHOWN_COVERAGE_ROWS + MORE_COVERAGE_ROWS + 4;

let dir: string;
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

/** The bundled KB with ADDED more articles on Antony Blinken, one a day from a source of their own. */
function withMoreCoverage(kb: Kb): Kb {
  const added = Array.from({ length: ADDED }, (_, n) => ({
    file: `more-${String(n).padStart(2, '0')}.txt`,
    title: `Briefing number ${n} on alliance talks`,
    titleDerived: false,
    subtitle: null,
    source: 'Invented Ledger',
    date: new Date(Date.UTC(2023, 5, 1 + n)).toISOString().slice(0, 10),
    url: null,
    authors: [],
    dateline: null,
    fingerprint: [],
  }));
  const coverage = added.map((d) => ({ doc: d.file, sentences: [`Antony Blinken spoke at ${d.title.toLowerCase()}.`] }));
  return {
    ...kb,
    documents: [...kb.documents, ...added].sort((a, b) => (a.file < b.file ? -1 : 1)),
    entities: kb.entities.map((e) =>
      e.id === 'antony-blinken' ? { ...e, docs: [...e.docs, ...added.map((d) => d.file)].sort(), coverage: [...e.coverage, ...coverage] } : e,
    ),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-more-coverage-'));
  cpSync(ensureTestBuild(), dir, { recursive: true });
  const file = join(dir, 'kb/bundled.json');
  await writeKb(file, withMoreCoverage(await readWholeKb(file)), true);
  server = await serve(join(ROOT, 'tests/e2e/fixtures'));
  browser = await launchWithExtension(dir);
  page = await browser.context.newPage();
  await page.goto(`${server.url}/news-article.html`);
  await waitForMarks(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const coverageRows = (card: HTMLElement) => card.querySelectorAll('.coverage-section > ul.coverage > li').length;
const moreRows = (card: HTMLElement) => card.querySelectorAll('details.more-coverage > ul.coverage > li').length;

describe('"more articles" on an entity card', () => {
  it('shows the first rows at once and reads the rest only when opened', async () => {
    await hoverText(page, 'article', 'Blinken', 1);
    await waitForCard(page, 'more articles');
    expect(await inCard(page, coverageRows)).toBe(SHOWN_COVERAGE_ROWS);
    expect(await inCard(page, moreRows)).toBe(0);
    const summary = await inCard(page, (card) => card.querySelector('details.more-coverage > summary')?.textContent);
    expect(summary).toMatch(/^\d+ more articles$/);
    await inCard(page, (card) => {
      (card.querySelector('details.coverage-section') as HTMLDetailsElement).open = true;
      (card.querySelector('details.more-coverage > summary') as HTMLElement).click();
    });
    await page.waitForFunction(
      () => (document.querySelector('backstory-card')?.shadowRoot?.querySelectorAll('details.more-coverage > ul.coverage > li').length ?? 0) > 0,
    );
    expect(await inCard(page, moreRows)).toBe(MORE_COVERAGE_ROWS);
    // The count the summary gave before the rows were read is the count they hold.
    expect(await inCard(page, (card) => card.querySelector('details.more-coverage > summary')?.textContent)).toBe(summary);
    // One list, ranked once: no article twice across the first view and the rest.
    const titles = await inCard(page, (card) => [...card.querySelectorAll('ul.coverage > li > .title')].map((t) => t.textContent));
    expect(new Set(titles).size).toBe(titles?.length);
  });
});
