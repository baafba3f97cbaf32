import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '~/config/settings';
import { loadSettings, saveSettings, watchSettings } from '~/config/settings-storage';

/** The reader's settings and a way to change them (saved where open pages hear the change: config/settings-storage.ts). */
export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const stop = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);
  const update = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void saveSettings(next);
  };
  return [settings, update];
}
