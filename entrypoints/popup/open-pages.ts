import { browser } from 'wxt/browser';

/** The side panel APIs, which webextension-polyfill's types lack: Chrome's sidePanel, Firefox's sidebarAction. */
type PanelApis = { sidePanel?: { open(options: { tabId: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };

/** Opens the cast-list side panel beside tab `tabId` (a click in the popup is the user gesture both browsers ask for). */
export function openCastList(tabId: number): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel) return apis.sidePanel.open({ tabId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

/** Opens the research collection page in a new tab. */
export async function openCollection(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/collection.html') });
}
