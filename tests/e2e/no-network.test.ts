/**
 * Backstory never goes on the network: reading pages, opening cards and the popup, the only
 * requests are the pages' own (files the fixture servers hold) and the extension's own files. Every
 * request of the browser context is recorded, the service worker's included (playwright-core
 * attaches to it over CDP and reports its requests with `request.serviceWorker()`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, ensureTestBuild, hoverText, launchWithExtension, ROOT, serve, waitForCard, waitForMarks } from './harness';
import { workerStopper } from './options-import';
import { newestTabId } from './page-state';

interface Seen {
  url: string;
  /** 'worker' for the extension's service worker, else the URL of the page that asked. */
  from: string;
}

let browser: ExtensionBrowser;
let fixtures: Awaited<ReturnType<typeof serve>>;
let demo: Awaited<ReturnType<typeof serve>>;
const seen: Seen[] = [];

function record(request: Request): void {
  // frame() throws for a service worker's requests.
  const from = request.serviceWorker() ? 'worker' : request.frame().url();
  seen.push({ url: request.url(), from });
}

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const DEMO = join(ROOT, 'assets/demo');

/** Requests for anything but a file the fixture servers hold (what the pages themselves load) or one of the extension's own files. */
function foreign(): Seen[] {
  const served = new Map([
    [new URL(fixtures.url).origin, FIXTURES],
    [new URL(demo.url).origin, DEMO],
  ]);
  const isPageFile = (url: URL) => {
    const dir = served.get(url.origin);
    return dir !== undefined && existsSync(join(dir, decodeURIComponent(url.pathname)));
  };
  const isOwn = (url: URL) => url.protocol === 'chrome-extension:' && url.host === browser.extensionId;
  return seen.filter(({ url }) => !isPageFile(new URL(url)) && !isOwn(new URL(url)));
}

beforeAll(async () => {
  const extension = ensureTestBuild();
  fixtures = await serve(FIXTURES);
  demo = await serve(DEMO);
  browser = await launchWithExtension(extension);
  browser.context.on('request', record);
  // The worker loads the KB as it starts, which may be before the line above ran. Stopped now, it
  // starts again for the first page, with the recorder attached, so its whole start is recorded.
  const blank = await browser.context.newPage();
  await (await workerStopper(blank)).stop();
  await blank.close();
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
  await demo?.close();
});

describe('network use', () => {
  it('makes none while reading pages, opening cards and the popup', async () => {
    const page = await browser.context.newPage();
    const tabId = await newestTabId(browser);
    for (const [url, name] of [
      [`${fixtures.url}/news-article.html`, 'Antony Blinken'],
      [`${fixtures.url}/wire-story.html`, null],
      [`${demo.url}/article.html`, 'Park Jin'],
    ] as const) {
      await page.goto(url);
      await waitForMarks(page);
      if (name) {
        await hoverText(page, 'article', name);
        await waitForCard(page, name);
      }
    }
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.entity-list');
    // Anything sent late (a timer, a retry) has a moment to show.
    await popup.waitForTimeout(1500);
    expect(seen.some((r) => r.url.startsWith(fixtures.url))).toBe(true);
    expect(foreign()).toEqual([]);
  });

  it("records the service worker's requests (or the check above would prove nothing)", async () => {
    expect(seen, 'the KB load').toContainEqual({ url: `chrome-extension://${browser.extensionId}/kb/bundled.json`, from: 'worker' });
    const [worker] = browser.context.serviceWorkers();
    const probe = `${fixtures.url}/recorder-probe`;
    await worker?.evaluate((url) => fetch(url).then(() => undefined), probe);
    expect(seen).toContainEqual({ url: probe, from: 'worker' });
  });
});
