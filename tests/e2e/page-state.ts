/**
 * What browser tests read from a page: Backstory's marks (CSS highlights, shared with the
 * page's scripts) and the fixtures' probe of DOM changes (fixtures/page-probe.js).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness';

/** The little of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: object): Promise<unknown> };
  runtime: { onMessage: { addListener(f: (message: { type?: string }) => undefined): void } };
};

export const TYPES = ['person', 'place', 'organization'] as const;

/** Marks per entity type. */
export function markCounts(page: Page): Promise<Record<(typeof TYPES)[number], number>> {
  return page.evaluate(
    (types) => Object.fromEntries(types.map((t) => [t, CSS.highlights.get(`backstory-${t}`)?.size ?? 0])) as Record<(typeof TYPES)[number], number>,
    TYPES,
  );
}

/** The text under each mark of every type, in no particular order; `within` keeps those inside an element. */
export function markedTexts(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate(
    ([types, selector]) => {
      const scope = document.querySelector(selector);
      return types.flatMap((t) =>
        [...((CSS.highlights.get(`backstory-${t}`) ?? []) as Iterable<AbstractRange>)]
          .filter((r) => r instanceof Range && scope?.contains(r.commonAncestorContainer))
          .map((r) => r.toString()),
      );
    },
    [TYPES, within] as const,
  );
}

/** Waits until some mark lies inside `selector` and covers `text`. */
export async function waitForMarkIn(page: Page, selector: string, text: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([types, sel, t]) => {
      const scope = document.querySelector(sel);
      return types.some((type) =>
        [...((CSS.highlights.get(`backstory-${type}`) ?? []) as Iterable<AbstractRange>)].some(
          (r) => r instanceof Range && scope?.contains(r.commonAncestorContainer) && r.toString() === t,
        ),
      );
    },
    [TYPES, selector, text] as const,
    { timeout },
  );
}

/** True when every mark covers live text: no mark left on nodes the page threw away. */
export function marksAreLive(page: Page): Promise<boolean> {
  return page.evaluate(
    (types) =>
      types.every((t) =>
        [...((CSS.highlights.get(`backstory-${t}`) ?? []) as Iterable<AbstractRange>)].every(
          (r) => r instanceof Range && !r.collapsed && r.commonAncestorContainer.isConnected,
        ),
      ),
    TYPES,
  );
}

/** True while Backstory has any highlight registered on the page. */
export function hasBackstoryHighlights(page: Page): Promise<boolean> {
  return page.evaluate(() => [...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')));
}

/** DOM changes the page did not make itself (fixtures/page-probe.js). */
export function foreignChanges(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { probe: { foreign(): string[] } }).probe.foreign());
}

/**
 * The browser's id for the tab most recently opened: call it right after opening the page.
 * (Without the "tabs" permission the extension cannot look tabs up by URL, and tab ids only grow.)
 */
export async function newestTabId(browser: ExtensionBrowser): Promise<number> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  const id = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));
  if (id < 0) throw new Error('no tab');
  return id;
}

/** Resolves once Backstory's content script answers in tab `tabId`. */
export async function waitForContentScript(browser: ExtensionBrowser, tabId: number): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  const ping = () => worker?.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ping' }).catch(() => false), tabId);
  await expect.poll(ping, { timeout: 15_000 }).toBe(true);
}

/** Starts counting the annotate requests content scripts send to the background; returns a reader of the count. */
export async function countAnnotateRequests(browser: ExtensionBrowser): Promise<() => Promise<number>> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(() => {
    const self = globalThis as unknown as { annotateRequests?: number };
    self.annotateRequests = 0;
    // Returns nothing, so the real handler still answers.
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.type === 'annotate') self.annotateRequests = (self.annotateRequests ?? 0) + 1;
      return undefined;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { annotateRequests: number }).annotateRequests);
}

/**
 * Resolves once `read` has given the same value for `quietMs`; fails if that never happens
 * within `timeoutMs` (a feedback loop). A slow machine only takes longer to get quiet.
 */
export async function untilUnchanged(read: () => Promise<number>, quietMs: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`still changing after ${timeoutMs} ms (now ${value})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await read();
    if (now !== value) {
      value = now;
      since = Date.now();
    }
  }
}
