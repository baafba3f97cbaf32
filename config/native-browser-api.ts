import { createRequire } from 'node:module';
import type { AliasOptions, InlineConfig } from 'vite';

/** WXT's `wxt/browser` as it is without the polyfill module: the browser's own API (`browser` where it has one, else `chrome`). */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

/**
 * Points `wxt/browser` at the browser's own extension API in one build's Vite config, where
 * `@wxt-dev/webextension-polyfill` aliased it to the polyfill. For the content script, which runs
 * on every page read: importing the polyfill copies every property of the extension namespace
 * (bundlers' CommonJS interop), which makes the browser build each API's bindings there, a few
 * milliseconds of the page's main thread at every load (BENCHMARKS.md, real news pages). Firefox
 * and Chrome both give content scripts a promise-based `browser.runtime` and `browser.storage`, the
 * only APIs the content script uses; its message listener answers through `sendResponse`, which
 * both support, rather than the returned promise the polyfill adds in older Chromes.
 */
export function useNativeBrowserApi(config: InlineConfig): void {
  const alias: AliasOptions = config.resolve?.alias ?? [];
  const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...entries.filter((a) => a.find !== 'wxt/browser')] };
}
