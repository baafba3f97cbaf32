import { browser } from 'wxt/browser';
import { dispatch, isMessageFor } from '~/lib/messages';
import { setUpLookUpMenu } from './context-menu';
import { handlers } from './handlers';
import { syncAllRegistrations } from './sites';
import { forgetTabPage } from './tab-pages';
import { holdImport, lookupIndex, resumeImports } from './user-corpus';

/**
 * The background: loads the KB as it starts (kb.ts), runs the matcher for pages, builds cards,
 * keeps each tab's results for the popup, and stores the per-site switch. Content scripts and
 * the popup reach it only through the messages of lib/messages.ts.
 */
export default defineBackground(() => {
  // Nearly every start is a page asking for marks or a card, and the page's message arrives tens
  // of ms after the script has run: the KB loads in that wait. A failed load is retried by the
  // next request that needs it, which reports the error.
  lookupIndex().catch(() => undefined);
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
  resumeImports().catch((error: unknown) => console.error('Backstory: finishing an import failed', error));
});
