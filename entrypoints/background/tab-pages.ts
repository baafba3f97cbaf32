import { browser } from 'wxt/browser';
import { dayOf, type PageRef } from '~/lib/kb/card-model';
import type { PageLanguage } from '~/lib/nlp/page-language';
import type { BlockResult } from './annotate-blocks';

/** What the background remembers of a tab's page: its blocks with what the matcher found in each. */
export interface TabPage {
  url: string;
  /** The page's publication date (YYYY-MM-DD) as the page gives it, or null. */
  date: string | null;
  /** Decided on the first batch that tells it (lib/nlp/page-language.ts); null or absent until then. */
  language?: PageLanguage | null;
  blocks: Record<number, { text: string } & Omit<BlockResult, 'id'>>;
}

const pages = new Map<number, TabPage>();
const key = (tabId: number) => `tab:${tabId}`;

/**
 * Per-tab pages, kept in memory and mirrored to `storage.session`: Chrome stops an idle service
 * worker after about 30 s, and a reader who hovers a name a minute later still needs the page's
 * text (related coverage leaves out the page being read) and the popup its entities.
 */
export async function getTabPage(tabId: number): Promise<TabPage | null> {
  const known = pages.get(tabId);
  if (known) return known;
  const stored = (await browser.storage.session?.get(key(tabId)))?.[key(tabId)] as TabPage | undefined;
  if (stored) pages.set(tabId, stored);
  return stored ?? null;
}

/** Records `page` for `tabId` (in memory now, in session storage shortly). */
export function saveTabPage(tabId: number, page: TabPage): void {
  pages.set(tabId, page);
  void browser.storage.session?.set({ [key(tabId)]: page });
}

export function forgetTabPage(tabId: number): void {
  pages.delete(tabId);
  void browser.storage.session?.remove(key(tabId));
}

/**
 * Empties the pages of every tab showing `host` (the reader turned Backstory off there: the
 * popup must not list what is no longer marked). Their URLs stay, so the popup still knows the site.
 */
export async function clearHostPages(host: string): Promise<void> {
  const stored = ((await browser.storage.session?.get(null)) ?? {}) as Record<string, TabPage>;
  const tabIds = new Set([...pages.keys(), ...Object.keys(stored).flatMap((k) => (k.startsWith('tab:') ? [Number(k.slice(4))] : []))]);
  for (const tabId of tabIds) {
    const url = (pages.get(tabId) ?? stored[key(tabId)])?.url;
    if (url && hostOf(url) === host) saveTabPage(tabId, { url, date: null, blocks: {} });
  }
}

/** The URL's hostname, or null for what is not a URL. */
export const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
};

/** The date a tab's cards speak of: its page's date, or today's when the page gives none. */
export const pageAsOf = (page: TabPage | null) => page?.date ?? dayOf(new Date());

/** Page entities that rank a card's coverage: the most marked few (each costs a look at its record). */
const RANKING_ENTITIES = 12;

/** The KB entities marked on the page, most marked first: a card ranks its coverage by the ones an article shares. */
export function pageEntityIds(page: TabPage): string[] {
  const counts = new Map<string, number>();
  for (const block of Object.values(page.blocks)) for (const mark of block.marks) counts.set(mark.id, (counts.get(mark.id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, RANKING_ENTITIES)
    .map(([id]) => id);
}

/** The page's text as the content script sent it, blocks in order, for recognizing a corpus article. */
export function pageText(page: TabPage): string {
  return Object.values(page.blocks)
    .map((b) => b.text)
    .join('\n\n');
}

/** The page a tab's card at `url` speaks of: its text, to leave it out of coverage, and its entities, to rank the rest. */
export function cardPage(url: string, page: TabPage | null): PageRef {
  return { url, text: page ? pageText(page) : '', entities: page ? pageEntityIds(page) : [] };
}
