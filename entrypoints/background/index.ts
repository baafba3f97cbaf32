import { browser } from 'wxt/browser';
import { dispatch, isMessageFor } from '~/lib/messages';
import { setUpLookUpMenu } from './context-menu';
import { handlers } from './handlers';
import { syncAllRegistrations } from './sites';
import { forgetTabPage } from './tab-pages';
import { holdImport } from './user-corpus';

/**
 * The background: loads the KB on first use (kb.ts), runs the matcher for pages, builds cards,
 * keeps each tab's results for the popup, and stores the per-site switch. Content scripts and
 * the popup reach it only through the messages of lib/messages.ts.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Not ours: no reply, so another listener may answer.
    if (!isMessageFor(handlers, message)) return undefined;
    return dispatch(handlers, message, sender);
  });
  setUpLookUpMenu((tabId, text) => handlers.lookUp({ tabId, text }, {}));
  browser.tabs.onRemoved.addListener((tabId) => forgetTabPage(tabId));
  browser.runtime.onStartup.addListener(() => void syncAllRegistrations());
  browser.permissions.onRemoved.addListener(() => void syncAllRegistrations());
  browser.runtime.onConnect.addListener(holdImport);
});
