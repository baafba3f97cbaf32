/**
 * What the hostile-page tests share: a tab whose every uncaught exception (page or content
 * script world), console error and browser log error is recorded over the DevTools Protocol,
 * and a world of the test's own to look at the page from. Hostile pages break the built-ins of
 * their main world, where playwright's `page.evaluate` runs; the test's world (like Backstory's
 * content script) has pristine ones.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FixtureSession } from './harness';

export interface WatchedPage {
  page: Page;
  cdp: CDPSession;
  /** Exceptions and errors seen so far, in any world of the page. */
  problems(): string[];
  /** Runs `fn(...args)` in the test's own world of the top frame and returns its (JSON) result. */
  look<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** Runs an expression in the page's own world, read back by value (no page-side serializer). */
  pageValue<T>(expression: string): Promise<T>;
  /** Polls `fn` in the test's world until it returns a truthy value. */
  until(fn: (...args: never[]) => unknown, args?: unknown[], timeout?: number): Promise<void>;
}

interface ExceptionDetails {
  text: string;
  url?: string;
  exception?: { description?: string };
}

/** Opens fixture `path` in a new tab of `session`, watched from before its first byte; `before` runs just before the page loads (to start a trace). */
export async function openWatched(session: FixtureSession, path: string, before?: (cdp: CDPSession) => Promise<void>): Promise<WatchedPage> {
  const page = await session.browser.context.newPage();
  const cdp = await session.browser.context.newCDPSession(page);
  const problems: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }: { exceptionDetails: ExceptionDetails }) =>
    problems.push(`uncaught: ${d.exception?.description ?? d.text} ${d.url ?? ''}`),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args }: { type: string; args: { value?: unknown; description?: string }[] }) => {
    if (type === 'error' || type === 'assert') problems.push(`console.${type}: ${args.map((a) => String(a.value ?? a.description)).join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }: { entry: { level: string; text: string; url?: string } }) => {
    // The browser asks every server for a favicon; the fixture server has none.
    if (entry.level === 'error' && !entry.url?.endsWith('/favicon.ico')) problems.push(`log: ${entry.text} ${entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await before?.(cdp);
  await page.goto(`${session.server.url}/${path}`);

  let world: { url: string; id: number } | null = null;
  const worldId = async () => {
    // A new document (reload, navigation) needs a new world.
    if (world?.url === page.url()) return world.id;
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-test' })) as {
      executionContextId: number;
    };
    world = { url: page.url(), id: executionContextId };
    return world.id;
  };
  const run = async <T>(expression: string, contextId?: number): Promise<T> => {
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: ExceptionDetails;
    };
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  const look = async <T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]) =>
    run<T>(`(${fn.toString()})(...${JSON.stringify(args)})`, await worldId());
  return {
    page,
    cdp,
    problems: () => [...problems],
    look,
    pageValue: (expression) => run(expression),
    async until(fn, args = [], timeout = 30_000) {
      await expect.poll(() => look(fn as () => unknown, ...args), { timeout, interval: 100 }).toBeTruthy();
    },
  };
}

/** The text under each of Backstory's marks inside `selector`, read in the test's world. */
export function marksIn(w: WatchedPage, selector = 'body'): Promise<string[]> {
  return w.look((sel: string) => {
    const scope = document.querySelector(sel);
    return ['person', 'place', 'organization'].flatMap((t) =>
      [...((CSS.highlights.get(`backstory-${t}`) ?? []) as Iterable<AbstractRange>)]
        .filter((r) => r instanceof Range && scope?.contains(r.commonAncestorContainer))
        .map((r) => r.toString()),
    );
  }, selector);
}

/** Waits until a mark inside `selector` covers `text`. */
export async function untilMarked(w: WatchedPage, selector: string, text: string, timeout = 30_000): Promise<void> {
  await expect.poll(() => marksIn(w, selector), { timeout, interval: 100 }).toContain(text);
}

/** Scrolls the first `text` inside `selector` into view and rests the mouse on it (found in the test's world). */
export async function hoverOn(w: WatchedPage, selector: string, text: string): Promise<void> {
  const point = await w.look(
    (sel: string, word: string) => {
      const walker = document.createTreeWalker(document.querySelector(sel) ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        // The first line's box: a name broken over two lines has no text at the middle of its bounds.
        const r = range.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }
      return null;
    },
    selector,
    text,
  );
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  await w.page.mouse.move(point.x - 20, point.y + 40);
  await w.page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The open card's text (the test build's shadow root is open), or null. */
export function cardTextOf(w: WatchedPage): Promise<string | null> {
  return w.look(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? null);
}

/** Waits for an open card whose text includes `text`. */
export async function untilCard(w: WatchedPage, text: string, timeout = 10_000): Promise<void> {
  await expect.poll(async () => (await cardTextOf(w)) ?? '', { timeout, interval: 100 }).toContain(text);
}
