import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, ensureTestBuild, launchWithExtension, ROOT, serve, waitForCard, waitForMarks } from './harness';

/**
 * A reader on a touch screen, reading one of the corpus's own articles: a tap opens the card,
 * and the card's related coverage leaves out the article being read (found by its text, since
 * the page's URL is not the corpus's).
 */
const CORPUS_ARTICLE = join(ROOT, 'assets/corpus/004_fe850a9c543d8108.txt');
const ITS_TITLE = 'US and South Korea close ranks on common global issues';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serve>>;
let dir: string;

/** The corpus article as a news page: its paragraphs, read from the corpus at test time. */
function corpusArticlePage(): string {
  const paragraphs = readFileSync(CORPUS_ARTICLE, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><meta charset="utf-8"><title>Republished</title><body style="font:18px/1.6 Georgia,serif;max-width:680px;margin:24px auto"><article>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</article></body>`;
}

beforeAll(async () => {
  const extension = ensureTestBuild();
  dir = mkdtempSync(join(tmpdir(), 'backstory-pages-'));
  writeFileSync(join(dir, 'republished.html'), corpusArticlePage());
  server = await serve(dir);
  browser = await launchWithExtension(extension, { hasTouch: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a corpus article read on a touch screen', () => {
  it('opens the card on a tap, and its coverage never lists the page being read', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/republished.html`);
    await waitForMarks(page);
    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article') as Node, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('Antony Blinken');
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 14);
        n.parentElement?.scrollIntoView({ block: 'center' });
        return r.getBoundingClientRect().toJSON();
      }
      return null;
    });
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const text = await waitForCard(page, 'Related coverage');
    expect(text).toContain('Antony Blinken');
    expect(text).toContain('The United States Secretary of State Antony Blinken held talks');
    expect(text).not.toContain(ITS_TITLE);
    // A tap elsewhere closes it.
    await page.touchscreen.tap(5, 5);
    await page.waitForFunction(() => !document.querySelector('backstory-card'));
  });
});
