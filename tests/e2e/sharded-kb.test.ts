/**
 * The extension with its KB sharded, as `KB_CORPUS=… npm run build:test` ships a large one: a
 * copy of the test build whose bundled KB is written by `writeKb(…, sharded)`. The service worker
 * reads the index at start and a card's records from their shards, and the card says what the
 * whole KB's card says.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWholeKb, writeKb } from '../../cli/kb-files';
import { shardsFolderOf } from '../../lib/kb/shards';
import { type ExtensionBrowser, ensureTestBuild, hoverText, launchWithExtension, ROOT, serve, waitForCard, waitForMarks } from './harness';

let dir: string;
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

beforeAll(async () => {
  const build = ensureTestBuild();
  dir = mkdtempSync(join(tmpdir(), 'backstory-sharded-'));
  cpSync(build, dir, { recursive: true });
  // Where the background fetches its KB (BUNDLED_KB_PATH of entrypoints/background/kb.ts).
  const file = join(dir, 'kb/bundled.json');
  await writeKb(file, await readWholeKb(file), true);
  expect(readdirSync(shardsFolderOf(file)).length).toBeGreaterThan(0);
  server = await serve(join(ROOT, 'tests/e2e/fixtures'));
  browser = await launchWithExtension(dir);
  page = await browser.context.newPage();
  await page.goto(`${server.url}/news-article.html`);
  await waitForMarks(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a sharded KB in the service worker', () => {
  it('marks the page from the index alone and shows a card with its role and coverage from the shards', async () => {
    await hoverText(page, 'article', 'Blinken', 1);
    const text = await waitForCard(page, 'Secretary of State');
    expect(text).toContain('Antony Blinken');
    expect(text).toContain('US and South Korea close ranks on common global issues');
  });
});
