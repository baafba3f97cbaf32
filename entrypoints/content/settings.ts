import { browser } from 'wxt/browser';
import { SETTINGS_KEY, type Settings, toSettings } from '~/config/settings';

/**
 * The reader's settings, kept current: a change in the popup applies to open pages at once, and
 * `onChange` hears what changed. Stops listening when `signal` aborts.
 */
export async function liveSettings(signal: AbortSignal, onChange?: (before: Settings) => void): Promise<Readonly<Settings>> {
  const settings = toSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = { ...settings };
    Object.assign(settings, toSettings(change.newValue));
    onChange?.(before);
  };
  if (signal.aborted) return settings;
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  return settings;
}
