import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type BackgroundProtocol, createClient, type SiteCorrection, type SiteStatus, type TabSummary } from '~/lib/messages';

/** How often the open popup asks again: a page still being read (or a live page) adds entities. */
const REFRESH_MS = 1000;

export const request = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));

/** The tab the popup is about: `?tab=ID` (browser tests open it in a tab of its own), else the active tab. */
export async function targetTab(): Promise<{ id: number; url: string | null }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return { id: Number(param), url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? -1, url: tab?.url ?? null };
}

const hostOf = (url: string | null) => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).hostname : null;
  } catch {
    return null;
  }
};

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * The summary, unless it is of an earlier page in the tab (the reader went on to a page
 * Backstory does not run on). The tab's URL is known when the popup opens from the toolbar
 * (activeTab); without it the summary is taken as it is.
 */
function currentSummary(summary: TabSummary, tabUrl: string | null): TabSummary {
  if (!tabUrl || !summary.url || withoutHash(summary.url) === withoutHash(tabUrl)) return summary;
  return { ...summary, url: tabUrl, scanned: false, entities: [], events: [], unknown: [] };
}

export interface TabData {
  tabId: number;
  host: string | null;
  summary: TabSummary | null;
  site: SiteStatus | null;
  /** The reader's corrections on this site, newest first. */
  corrections: SiteCorrection[];
  refresh(): void;
}

/** The tab's summary and its site's status, kept fresh while the popup is open. */
export function useTab(): TabData {
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);
  const [summary, setSummary] = useState<TabSummary | null>(null);
  const [site, setSite] = useState<SiteStatus | null>(null);
  const [corrections, setCorrections] = useState<SiteCorrection[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => void targetTab().then(setTab), []);
  const host = hostOf(summary?.url ?? tab?.url ?? null);
  useEffect(() => {
    if (!tab) return;
    void request('tabSummary', { tabId: tab.id }).then((s) => setSummary(currentSummary(s, tab.url)));
    if (host) {
      void request('siteStatus', { host }).then(setSite);
      void request('corrections', { host }).then(setCorrections);
    }
    const timer = setTimeout(() => setTick((t) => t + 1), REFRESH_MS);
    return () => clearTimeout(timer);
  }, [tab, host, tick]);
  return { tabId: tab?.id ?? -1, host, summary, site, corrections, refresh: () => setTick((t) => t + 1) };
}
