import { browser } from 'wxt/browser';

const MENU_ID = 'backstory-look-up';

/**
 * "Look up in Backstory" on a text selection (Chrome's contextMenus, Firefox's menus under the
 * same name). Made again at each start of the background, after removing any left from an
 * earlier one: Chrome keeps menus across service-worker restarts, Firefox does not.
 */
export function setUpLookUpMenu(lookUp: (tabId: number, text: string) => Promise<unknown>): void {
  void browser.contextMenus.removeAll().then(() => browser.contextMenus.create({ id: MENU_ID, title: 'Look up in Backstory', contexts: ['selection'] }));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined && info.selectionText) void lookUp(tab.id, info.selectionText).catch(() => undefined);
  });
}
