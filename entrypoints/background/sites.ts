import { browser } from 'wxt/browser';
import { isNewsSite, LOCAL_HOSTS } from '~/config/news-sites';
import type { SiteStatus } from '~/lib/messages';

/** storage.local key: hostname → the reader's choice (absent: the default). */
const SITES_KEY = 'sites';
const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';

type SiteChoices = Record<string, boolean>;
const originsOf = (host: string) => [`*://${host}/*`];
const scriptId = (host: string) => `site:${host}`;

async function choices(): Promise<SiteChoices> {
  return ((await browser.storage.local.get(SITES_KEY))[SITES_KEY] as SiteChoices | undefined) ?? {};
}

/** Runs without asking: a bundled news site, or (test build only) a local page. */
export function isBundledSite(host: string): boolean {
  return isNewsSite(host) || (import.meta.env.MODE === 'test' && LOCAL_HOSTS.includes(host));
}

/** On when the reader has not turned it off and the site is bundled or its permission granted. */
export async function siteStatus(host: string): Promise<SiteStatus> {
  const bundled = isBundledSite(host);
  const choice = (await choices())[host];
  const allowed = bundled || (await browser.permissions.contains({ origins: originsOf(host) }));
  return { host, bundled, enabled: allowed && choice !== false };
}

/** Every site the reader has turned on or off, by host, with its status now. */
export async function siteChoices(): Promise<SiteStatus[]> {
  return Promise.all(
    Object.keys(await choices())
      .sort()
      .map(siteStatus),
  );
}

/**
 * Records the reader's choice. A site off the bundled list also gets (or loses) a registered
 * content script, so it runs on that site's pages from now on; the popup has already asked for
 * the host permission, which only a click there can grant.
 */
export async function setSite(host: string, enabled: boolean): Promise<SiteStatus> {
  await browser.storage.local.set({ [SITES_KEY]: { ...(await choices()), [host]: enabled } });
  if (!isBundledSite(host)) await syncRegistration(host, enabled);
  return siteStatus(host);
}

async function syncRegistration(host: string, enabled: boolean): Promise<void> {
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] })).length > 0;
  const granted = await browser.permissions.contains({ origins: originsOf(host) });
  if (enabled && granted && !registered) {
    await browser.scripting.registerContentScripts([
      { id: scriptId(host), matches: originsOf(host), js: [CONTENT_JS], css: [CONTENT_CSS], runAt: 'document_idle' },
    ]);
  } else if ((!enabled || !granted) && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] });
  }
}

/** Brings registrations in line with the stored choices and permissions (at start-up: a permission may have been revoked). */
export async function syncAllRegistrations(): Promise<void> {
  for (const [host, enabled] of Object.entries(await choices())) {
    if (!isBundledSite(host)) await syncRegistration(host, enabled).catch(() => undefined);
  }
}

/** Runs the content script in a tab now: the toolbar's "run on this page" (activeTab grants the access). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
}
