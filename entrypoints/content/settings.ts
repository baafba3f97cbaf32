import type { Settings } from '~/config/settings';
import { loadSettings, watchSettings } from '~/config/settings-storage';

/**
 * The reader's settings, kept current: a change in the popup or the options page applies to open
 * pages at once (`onChange` hears it too). Stops listening when `signal` aborts.
 */
export async function liveSettings(signal: AbortSignal, onChange: (settings: Settings) => void = () => undefined): Promise<Readonly<Settings>> {
  const settings = await loadSettings();
  watchSettings((next) => {
    Object.assign(settings, next);
    onChange(settings);
  }, signal);
  return settings;
}
