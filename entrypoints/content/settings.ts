import type { Settings } from '~/config/settings';
import { loadSettings, watchSettings } from '~/config/settings-storage';

/**
 * The reader's settings, kept current: a change in the popup or the options page applies to open
 * pages at once, and `onChange` hears what changed (it gets the settings from before). Stops
 * listening when `signal` aborts.
 */
export async function liveSettings(signal: AbortSignal, onChange?: (before: Settings) => void): Promise<Readonly<Settings>> {
  const settings = await loadSettings();
  watchSettings((next) => {
    const before = { ...settings };
    Object.assign(settings, next);
    onChange?.(before);
  }, signal);
  return settings;
}
