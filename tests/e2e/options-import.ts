/**
 * An import through the options page as a reader runs it (a file picked in "Choose files"), and
 * the service worker stopped in its middle, as Chrome stops an idle one or one past its time: for
 * tests/e2e/import-restart.test.ts and bench/import.bench.ts.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

/** The options page of the extension, once it shows its statistics. */
export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('.kb-stats');
  return page;
}

/** Picks `file` in the options page's "Choose files", which starts the import. */
export async function pickFile(options: Page, file: string): Promise<void> {
  await options.setInputFiles('.import input[type="file"]:not([webkitdirectory])', file);
}

/** The import's progress line as the page shows it, read as numbers; null when none shows. */
export interface ShownProgress {
  phase: 'reading' | 'storing';
  /** Articles read (reading), or stored so far (storing). */
  articles: number;
  text: string;
}

const number = (digits: string) => Number(digits.replaceAll(',', ''));

export async function shownProgress(options: Page): Promise<ShownProgress | null> {
  const text = await options.evaluate(() => document.querySelector('.import .progress span')?.textContent ?? null);
  if (text === null) return null;
  const storing = /^Storing: ([\d,]+) of/.exec(text);
  if (storing) return { phase: 'storing', articles: number(storing[1] as string), text };
  const reading = /^([\d,]+) articles? read/.exec(text);
  if (!reading) throw new Error(`unexpected progress line: ${text}`);
  return { phase: 'reading', articles: number(reading[1] as string), text };
}

/**
 * Waits until the page shows at least `articles` articles read (`phase` reading) or storing
 * started; gives what it shows then, or null when the import ended first.
 */
export async function waitForProgress(options: Page, phase: ShownProgress['phase'], articles: number, timeout: number): Promise<ShownProgress | null> {
  await options.waitForFunction(
    ([want, min]) => {
      if (document.querySelector('.import .report, .import [role="alert"]')) return true;
      const text = document.querySelector('.import .progress span')?.textContent ?? '';
      const storing = text.startsWith('Storing:');
      if (want === 'storing') return storing;
      return !storing && Number(/^([\d,]+) article/.exec(text)?.[1]?.replaceAll(',', '') ?? -1) >= Number(min);
    },
    [phase, articles] as const,
    { timeout, polling: 50 },
  );
  return shownProgress(options);
}

/** The import's report, once it shows (or its error, thrown). */
export async function waitForReport(options: Page, timeout: number): Promise<string> {
  const done = await options.waitForSelector('.import .report, .import [role="alert"]', { timeout });
  const text = (await done.textContent()) ?? '';
  if ((await done.getAttribute('role')) === 'alert') throw new Error(`the import failed: ${text}`);
  return text;
}

/** A session on `page` that stops the extension's service worker and counts its stops and starts. */
export async function workerStopper(page: Page): Promise<{ cdp: CDPSession; stop(): Promise<void>; stops(): number; starts(): number }> {
  const cdp = await page.context().newCDPSession(page);
  let stops = 0;
  let starts = 0;
  let last = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions as { scriptURL: string; runningStatus: string }[]) {
      if (!v.scriptURL.startsWith('chrome-extension://') || v.runningStatus === last) continue;
      if (v.runningStatus === 'stopped') stops++;
      if (v.runningStatus === 'running') starts++;
      last = v.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    cdp,
    stop: async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    stops: () => stops,
    starts: () => starts,
  };
}

/** What the extension's database holds, read on one of its pages: articles stored, and staged ones left. */
export function storedCounts(page: Page): Promise<{ articles: number; staged: number }> {
  return page.evaluate(
    () =>
      new Promise<{ articles: number; staged: number }>((resolve, reject) => {
        const open = indexedDB.open('backstory-user-corpus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'staged']);
          const articles = tx.objectStore('articles').count();
          const staged = tx.objectStore('staged').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ articles: articles.result, staged: staged.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Changes the user's corpus as a change the worker has not built after would: the corpus's version
 * bumped, and with `clear` every article and its state gone (as removing them all leaves it), in
 * one transaction. Written from a file of the extension (its origin's database), which wakes no
 * worker; the page is then left on about:blank, not closed: closing a tab wakes the worker (its
 * `tabs.onRemoved` listener), and the change is for a cold start to meet.
 */
export async function changeCorpusBehindWorker(context: BrowserContext, extensionId: string, { clear = false } = {}): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/kb/bundled.json`);
    await page.evaluate(
      (clear) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('backstory-user-corpus');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(clear ? ['articles', 'states', 'meta'] : ['meta'], 'readwrite');
            if (clear) {
              tx.objectStore('articles').clear();
              tx.objectStore('states').clear();
            }
            const meta = tx.objectStore('meta');
            const version = meta.get('corpus');
            version.onsuccess = () => meta.put((version.result ?? 0) + 1, 'corpus');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      clear,
    );
  } finally {
    await page.goto('about:blank');
  }
}
