import type { Settings } from '~/config/settings';
import { loadSettings, watchSettings } from '~/config/settings-storage';
import type { Stop } from './stop';

/**
 * The reader's settings, kept current until `stop`: a change in the popup or the options page
 * applies to open pages at once, and `onChange` hears what changed (it gets the settings from before).
 */
export async function startSettings(onChange: (before: Settings) => void): Promise<{ settings: Readonly<Settings>; stop: Stop }> {
  const controller = new AbortController();
  const settings = await loadSettings();
  watchSettings((next) => {
    const before = { ...settings };
    Object.assign(settings, next);
    onChange(before);
  }, controller.signal);
  return { settings, stop: () => controller.abort() };
}
