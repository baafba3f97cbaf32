import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { deferInBackground, deferModule } from './config/defer-module';
import { useNativeBrowserApi } from './config/native-browser-api';
import { LOCAL_MATCHES, NEWS_SITE_MATCHES } from './config/news-sites';

/** `wxt build --mode test` (npm run build:test): also runs on local pages, for browser tests and the demo. */
const TEST_MODE = 'test';

// See DESIGN.md. Least permissions: storage (settings, per-tab results), activeTab + scripting
// ("run on this page" from the toolbar), contextMenus ("Look up in Backstory" on a selection);
// other sites only as optional host permissions; WXT adds sidePanel for the cast list (Chrome). The
// bundled news sites, where the content script already runs, are also host permissions so the
// card's script can be injected there on the first hover (no new install warning: the content
// script's matches already ask to read those sites).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Evaluated on first use, not at every service-worker start: compromise on the first page
  // annotated, linkedom and Readability on the first page added to the reader's corpus.
  // In Chrome the background is a service worker: there they are files of their own, out of its script.
  vite: ({ browser, manifestVersion }) => {
    const serviceWorker = manifestVersion === 3 && browser !== 'firefox';
    return {
      plugins: [
        preact(),
        deferModule('compromise/two', ['default'], { serviceWorker }),
        deferModule('linkedom', ['DOMParser'], { serviceWorker }),
        deferModule('@mozilla/readability', ['Readability'], { serviceWorker }),
      ],
    };
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    description: 'Context on hover for news readers: who people, places and organizations are, from a news corpus. Offline and private.',
    ...(manifestVersion === 3
      ? { permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'], host_permissions: NEWS_SITE_MATCHES, optional_host_permissions: ['*://*/*'] }
      : { permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...NEWS_SITE_MATCHES], optional_permissions: ['*://*/*'] }),
    action: { default_title: 'Backstory' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'backstory@backstory.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The content script, loaded on every page read, does without the polyfill (native-browser-api.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script')) useNativeBrowserApi(config);
      if (entrypoints.some((e) => e.type === 'background')) deferInBackground(config);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== TEST_MODE) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOCAL_MATCHES];
      // Firefox MV2 lists host permissions among the permissions.
      if (manifest.host_permissions) manifest.host_permissions.push(...LOCAL_MATCHES);
      else manifest.permissions = [...(manifest.permissions ?? []), ...LOCAL_MATCHES] as typeof manifest.permissions;
    },
  },
});
