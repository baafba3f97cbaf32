/**
 * Where the settings are kept: `storage.sync` where the browser offers it (they follow the
 * reader's browser profile; without an account it keeps them locally), else `storage.local`.
 * The one place that reads and writes them, for the popup, the options page and content scripts.
 * The per-site list stays in `storage.local` (entrypoints/background/sites.ts): a site's
 * permission is granted on one machine and does not sync.
 */
import { type Browser, browser } from 'wxt/browser';
import { SETTINGS_KEY, type Settings, toSettings } from './settings';

/** Undefined where the browser has no sync storage. */
const sync = () => browser.storage.sync as Browser.storage.StorageArea | undefined;

/** The stored settings: synced ones first, then settings saved locally (by an older version, or where sync failed). */
export async function loadSettings(): Promise<Settings> {
  const synced = await sync()
    ?.get(SETTINGS_KEY)
    .catch(() => undefined);
  const stored = synced?.[SETTINGS_KEY] ?? (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return toSettings(stored);
}

/** Saves the settings: synced, or locally where the browser cannot sync them. */
export async function saveSettings(settings: Settings): Promise<void> {
  const area = sync();
  if (area) {
    try {
      await area.set({ [SETTINGS_KEY]: settings });
      return;
    } catch {
      // Sync refused (disabled by policy, quota): keep them on this machine.
    }
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onChange` with the new settings whenever they change anywhere (popup, options page, another device); stops when `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (change && (area === 'sync' || area === 'local')) onChange(toSettings(change.newValue));
  };
  if (signal.aborted) return;
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
