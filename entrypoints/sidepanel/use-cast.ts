import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CastMember } from '~/lib/kb/cast';
import { type BackgroundProtocol, createClient } from '~/lib/messages';

/** How often the open panel asks again: a page still being read, or a live page, changes its marks. */
const REFRESH_MS = 1000;

const request = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));

/** The tab the panel is about: `?tab=ID` (browser tests open the panel as a page of its own), else its window's active tab. */
async function activeTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export interface CastState {
  tabId: number | null;
  url: string | null;
  members: CastMember[] | null;
}

/** The cast of the active tab's page, following the reader to another tab and kept fresh as the page's marks change. */
export function useCast(): CastState {
  const [state, setState] = useState<CastState>({ tabId: null, url: null, members: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const again = () => setTick((t) => t + 1);
    browser.tabs.onActivated.addListener(again);
    browser.tabs.onUpdated.addListener(again);
    return () => {
      browser.tabs.onActivated.removeListener(again);
      browser.tabs.onUpdated.removeListener(again);
    };
  }, []);
  useEffect(() => {
    let live = true;
    void activeTab().then(async (tabId) => {
      const cast = tabId === null ? { url: null, members: [] } : await request('cast', { tabId });
      if (live) setState({ tabId, ...cast });
    });
    const timer = setTimeout(() => setTick((t) => t + 1), REFRESH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tick]);
  return state;
}
