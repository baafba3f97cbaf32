/**
 * The saved real news pages of ../shared/pages/real in Firefox ESR (the MV2 build, over WebDriver
 * BiDi), checked as real-pages.test.ts checks them in Chromium: each is read, mostly from its
 * article, and no junk name is marked (eval/junk-names.ts). A page counts as read once the
 * background holds every block of its article, found at that moment by the same code in the page
 * (article-probe.ts).
 * Skipped when ../shared/pages/real is absent (a checkout without the shared measurement data).
 */
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junkNames } from '../../eval/junk-names';
import { ensureFirefoxTestBuild, type Firefox, launchFirefox, until } from './firefox';
import { ensureTestBuild, serve } from './harness';
import { articleProbe, expectedText, holdsAll, measure, REAL_PAGES, type ReadPage, realPageNames } from './real-pages';

const EXTENSION_ID = 'backstory@backstory.invalid';
/** The extension's address, fixed by a preference so that the test can open one of its pages. */
const EXTENSION_UUID = '6d2f3c0e-7a51-4c3b-9e8f-0b6a2d4c1f57';

/**
 * The pages' scripts and images point at the real sites: every request not to 127.0.0.1 goes to
 * `proxy`, which closes each connection at once, so it fails without waiting on the network
 * (127.0.0.1 itself is never proxied).
 */
function offline(proxy: number) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy,
    'network.proxy.share_proxy_settings': true,
  };
}

/** A local port that takes connections and closes them at once. */
async function closingProxy(): Promise<Server> {
  const proxy = createServer((socket) => socket.destroy());
  await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
  return proxy;
}

describe.skipIf(!existsSync(REAL_PAGES))('real news pages in Firefox (../shared/pages/real; skipped when absent)', () => {
  let firefox: Firefox;
  let server: Awaited<ReturnType<typeof serve>>;
  let proxy: Server;
  /** A tab on one of the extension's pages: it reads what the background holds of each tab. */
  let extensionTab: string;
  const probe = articleProbe('firefox140');

  /** What the background holds of the tab showing `url` (what the popup lists), or null. */
  const readPageAt = (url: string) =>
    firefox.evaluate<ReadPage | null>(
      extensionTab,
      `(async () => {
        // A match pattern has no port: the tab is found by its address.
        const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
        const key = 'tab:' + tab?.id;
        const page = tab && (await browser.storage.session.get(key))[key];
        return page ? { blocks: Object.values(page.blocks) } : null;
      })()`,
    );

  beforeAll(async () => {
    const extension = ensureFirefoxTestBuild(ensureTestBuild());
    server = await serve(REAL_PAGES);
    proxy = await closingProxy();
    firefox = await launchFirefox({ prefs: offline((proxy.address() as AddressInfo).port), systemAccess: true });
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extension } });
    const tree = await firefox.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    extensionTab = tree.contexts[0]?.context ?? '';
    await firefox.send('browsingContext.navigate', { context: extensionTab, url: `moz-extension://${EXTENSION_UUID}/options.html`, wait: 'complete' });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    proxy?.close();
  });

  it.each(realPageNames())('%s is read, mostly from its article, with no junk name', async (name) => {
    const url = `${server.url}/${name}.html`;
    const { context } = await firefox.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    // Not waited for by BiDi: it reports some of these pages' loads as failed ("Address rejected") although they load.
    await firefox.send('browsingContext.navigate', { context, url, wait: 'none' });
    const parsed = `location.href === ${JSON.stringify(url)} && document.readyState !== 'loading'`;
    await until(() => firefox.evaluate<boolean>(context, parsed), `${name} to be parsed`);
    let read: ReadPage | null = null;
    // The article is found again at each look: the page's own scripts may still change it.
    await until(async () => {
      const blocks = await firefox.evaluate<string[] | null>(context, probe);
      if (!blocks?.length) throw new Error(`${name}: no article found on the page`);
      read = await readPageAt(url);
      return holdsAll(read?.blocks.map((b) => b.text) ?? [], blocks);
    }, `${name}: the background to hold every block of its article`);
    const held = read as ReadPage | null;
    if (!held) throw new Error(`${name}: nothing read`);
    const { chars, charsOutside } = measure(held, expectedText(name));
    expect(chars).toBeGreaterThan(0);
    expect(charsOutside / chars).toBeLessThan(0.5);
    expect(junkNames(held.blocks)).toEqual([]);
    await firefox.send('browsingContext.close', { context });
  });
});
