/**
 * Every saved real news page of ../shared/pages/real is read: Backstory finds its article and
 * sends its text to the background (what the popup's "has read this page" asks), whatever
 * classes the site puts on <html>, <body> or its layout. Skipped when ../shared/pages/real is
 * absent (a checkout without the shared measurement data).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, ensureTestBuild, type FixtureServer, launchWithExtension } from './harness';
import { expectedText, measure, openRealPage, REAL_PAGES, realPageNames, serveRealPages } from './real-pages';

describe.skipIf(!existsSync(REAL_PAGES))('real news pages (../shared/pages/real; skipped when absent)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    browser = await launchWithExtension(ensureTestBuild());
    server = await serveRealPages(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(realPageNames())('%s is read, mostly from its article', async (name) => {
    const { page, read } = await openRealPage(browser, server.url, name);
    const { chars, charsOutside } = measure(read, expectedText(name));
    expect(chars).toBeGreaterThan(0);
    // Not yet the 2% of marks: this only says the article, not the page around it, was found.
    expect(charsOutside / chars).toBeLessThan(0.5);
    await page.close();
  });
});
