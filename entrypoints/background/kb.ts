import { browser } from 'wxt/browser';
import { createKbIndex, type KbIndex } from '~/lib/kb/kb-index';
import { parseKb } from '~/lib/kb/load';

/** Where `npm run kb` writes the bundled KB (public/kb/bundled.json), as WXT copies it into the extension. */
export const BUNDLED_KB_PATH = '/kb/bundled.json';

let loading: Promise<KbIndex> | null = null;

/**
 * The KB index, loaded once on first use. A fetch of the extension's own file (no network), not
 * an import: the service worker starts often and most starts (a popup, a settings change) never
 * need the KB, so it is parsed only when a page is annotated. A failed load is not cached, so
 * the next request tries again.
 */
export function loadKb(): Promise<KbIndex> {
  loading ??= fetchKb().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function fetchKb(): Promise<KbIndex> {
  // Typed as any path: the file is written by `npm run kb`, so WXT may not have seen it when it generated its path types.
  const response = await fetch(browser.runtime.getURL(BUNDLED_KB_PATH as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok) throw new Error(`The bundled knowledge base is missing (${response.status}): run \`npm run kb\` before building.`);
  return createKbIndex(parseKb(await response.json()));
}
