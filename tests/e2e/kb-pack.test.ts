/**
 * A knowledge-base pack in real Chromium: built from a fixture corpus by `backstory build --pack`,
 * refused on the options page when cut short (nothing loaded lost), loaded, its card on a page with
 * the pack's name, dates and licence in the footer, then removed and gone from the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSession, hoverText, ROOT, startFixtureSession, waitForCard } from './harness';
import { newestTabId } from './page-state';

const CREDIT = "From Port news, 12 Jan 2023 – 21 Sep 2023 · CC0 1.0, written for Backstory's tests";
let session: FixtureSession;
let dir: string;
let pack: string;
let cut: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-pack-'));
  pack = join(dir, 'port-news.pack');
  const corpus = join(ROOT, 'tests/e2e/fixtures/pack-corpus/port-news.jsonl');
  execFileSync('node', [join(ROOT, 'cli/backstory.mjs'), 'build', corpus, '--out', join(dir, 'kb.json'), '--pack', pack, '--name', 'Port news'], {
    env: { ...process.env, CI: '1' },
  });
  cut = join(dir, 'port-news-cut.pack');
  const bytes = readFileSync(pack);
  writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
  session = await startFixtureSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  // The stored packs are read once the panel is no longer busy: a pack refused sooner would find no list yet.
  await page.waitForSelector('.packs[aria-busy="false"]');
  return page;
}

/**
 * Loads `file` on the options page; resolves when the page says how it went and the load is over
 * (the panel busy no more). The status of a load before stays until this one starts, and a pack
 * picked while one still loads is not taken.
 */
async function loadPack(options: Page, file: string): Promise<void> {
  await options.setInputFiles('.packs input[type=file]', file);
  await options.waitForSelector('.packs[aria-busy="false"] :is([role="alert"], [role="status"])', { timeout: 30_000 });
}

/** The person names marked on the story page, once the page is read (some name is marked, known or not). */
async function markedPeople(page: Page): Promise<string[]> {
  const ranges = (name: string) => `[...(CSS.highlights.get('${name}') ?? [])].map((r) => r.toString())`;
  await page.waitForFunction(
    `${ranges('backstory-person')}.length + ${ranges('backstory-unknown')}.length + ${ranges('backstory-organization')}.length > 0`,
    null,
    {
      timeout: 30_000,
    },
  );
  return page.evaluate(ranges('backstory-person')) as Promise<string[]>;
}

describe('a knowledge base pack', () => {
  it('refuses a pack cut short, saying so, and loads nothing', async () => {
    const options = await openOptions();
    await loadPack(options, cut);
    expect(await options.textContent('.packs [role="alert"]')).toMatch(/port-news-cut\.pack: This pack is cut short: [\d,]+ of its [\d,]+ bytes/);
    expect(await options.textContent('.packs')).toContain('No pack loaded.');
    await options.close();
  });

  it('loads a pack, lists its name, dates and licence, and keeps it when a bad pack comes after', async () => {
    const options = await openOptions();
    await loadPack(options, pack);
    const row = await options.textContent('.pack', { timeout: 10_000 });
    expect(row).toContain('Port news');
    expect(row).toContain('12 Jan 2023 – 21 Sep 2023');
    expect(row).toContain("CC0 1.0, written for Backstory's tests");
    expect(row).toMatch(/3 articles, 2 entities/);
    await loadPack(options, cut);
    expect(await options.textContent('.packs [role="alert"]')).toContain('Nothing already loaded was changed.');
    expect(await options.$$eval('.pack', (rows) => rows.length)).toBe(1);
    await options.close();
  });

  it("shows a card drawn from the pack, with the pack's credit in its footer", async () => {
    const page = await session.open('pack-story.html');
    expect(await markedPeople(page)).toContain('Odile Marchetti');
    await hoverText(page, 'article', 'Odile Marchetti');
    const card = await waitForCard(page, 'Adriatic Port Authority');
    expect(card).toContain(CREDIT);
    await page.screenshot({ path: join(ROOT, '.test-results/kb-pack-card.png') });
    await page.close();
  });

  it('removes the pack, and its person is no longer known on the page', async () => {
    const options = await openOptions();
    await options.click('button[aria-label="Remove Port news"]');
    await options.waitForSelector('text=No pack loaded.');
    await options.close();
    const page = await session.open('pack-story.html');
    const tabId = await newestTabId(session.browser);
    // The popup says so once the page is read (with the pack, it listed Odile Marchetti).
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('text=No people, places or organizations from the knowledge base on this page.', { timeout: 30_000 });
    expect(await page.evaluate(() => [...(CSS.highlights.get('backstory-person') ?? [])].map((r) => (r as Range).toString()))).not.toContain('Odile Marchetti');
    await Promise.all([popup.close(), page.close()]);
  });
});
