import { browser } from 'wxt/browser';
import { NEWS_SITE_MATCHES } from '~/config/news-sites';
import { type BackgroundProtocol, type ContentProtocol, createClient, dispatch, type Handlers, isMessageFor } from '~/lib/messages';
import { canHighlight } from '~/lib/page/highlights';
import '~/lib/page/marks.css';
import { obeyOnlyOwnStartEvents } from './own-start-events';
import { type Session, startSession } from './session';

/** Set on the content script's own global: a second injection (toolbar after manifest) does nothing. */
const RUNNING = Symbol.for('backstory.content');

/**
 * The content script: on the bundled news sites (config/news-sites.ts), on sites the reader
 * turned on, and on any page from the toolbar. It reads text and draws marks; the matcher runs
 * in the background (compromise never loads here). Turning the site off aborts the session,
 * which takes back everything it added in one move.
 */
export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT's start-up `postMessage` names the extension's id to every script of the page: a
  // fingerprint, and the key to WXT's own events. Its document event does the same job unseen.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    obeyOnlyOwnStartEvents(ctx);
    // An older instance this one replaces stops in a microtask queued before this one (own-start-events.ts).
    await Promise.resolve();
    const global = globalThis as { [RUNNING]?: boolean };
    if (global[RUNNING] || !canHighlight()) return;
    global[RUNNING] = true;
    ctx.onInvalidated(() => delete global[RUNNING]);

    const request = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));
    let controller: AbortController | null = null;
    let session: Promise<Session> | null = null;
    const start = () => {
      if (controller) return;
      controller = new AbortController();
      session = startSession(ctx, request, AbortSignal.any([ctx.signal, controller.signal]));
    };
    const stop = () => {
      controller?.abort();
      controller = null;
      session = null;
    };

    const handlers: Handlers<ContentProtocol, unknown> = {
      async setEnabled({ host, enabled }) {
        if (host === location.hostname) (enabled ? start : stop)();
        return null;
      },
      // The reader asks because the page shows nothing: what a running session found before (an
      // article not yet shown, say) is no answer, so the page is read again.
      async run() {
        if (session) (await session).reread();
        else start();
        return null;
      },
      reveal: async ({ id, kind }) => (session ? (await session).reveal(id, kind) : false),
      showLookUp: async ({ text, id }) => (session ? (await session).lookUp(text, id) : false),
      async reread({ host }) {
        if (session && host === location.hostname) (await session).reread();
        return null;
      },
      ping: async () => true,
      pageSource: async () => ({ html: document.documentElement.outerHTML, url: location.href }),
    };
    // Answered through sendResponse, which every browser has (a returned promise needs Chrome 144+):
    // this script uses the browser's own API, not the polyfill (config/native-browser-api.ts).
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isMessageFor(handlers, message)) return false;
      dispatch(handlers, message, null).then(sendResponse, () => sendResponse(undefined));
      return true;
    });

    const status = await request('siteStatus', { host: location.hostname });
    if (status.enabled) start();
  },
});
