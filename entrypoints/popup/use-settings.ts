import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings, toSettings } from '~/config/settings';

/** The reader's settings and a way to change them (stored in `storage.local`, where open pages hear the change). */
export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => void browser.storage.local.get(SETTINGS_KEY).then((stored) => setSettings(toSettings(stored[SETTINGS_KEY]))), []);
  const update = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  return [settings, update];
}
