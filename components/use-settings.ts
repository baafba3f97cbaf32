import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '~/config/settings';
import { loadSettings, saveSettings, watchSettings } from '~/config/settings-storage';

/**
 * The reader's settings, a way to change them (saved where open pages hear the change:
 * config/settings-storage.ts), and whether they are read yet. Until then the defaults show, and a
 * change would save the defaults over every other stored setting: controls stay disabled.
 */
export function useSettings(): [Settings, (change: Partial<Settings>) => void, boolean] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const stop = new AbortController();
    void loadSettings().then((stored) => {
      setSettings(stored);
      setLoaded(true);
    });
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);
  const update = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void saveSettings(next);
  };
  return [settings, update, loaded];
}
