// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import '~/tests/testing-library-timeout';
import { DEFAULT_SETTINGS } from '~/config/settings';
import { loadSettings, saveSettings } from '~/config/settings-storage';
import { DwellSetting } from './DwellSetting';
import { useSettings } from './use-settings';

function Dwell() {
  const [settings, update, loaded] = useSettings();
  return <DwellSetting dwellMs={settings.hoverDwellMs} disabled={!loaded} onChange={(hoverDwellMs) => update({ hoverDwellMs })} />;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('useSettings', () => {
  it('keeps its control disabled until the stored settings are read, so no change saves the defaults over them', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDwellMs: 800, showUnknown: true });
    render(<Dwell />);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe('800');
    fireEvent.change(select, { target: { value: String(DEFAULT_SETTINGS.hoverDwellMs) } });
    await waitFor(async () => expect((await loadSettings()).hoverDwellMs).toBe(DEFAULT_SETTINGS.hoverDwellMs));
    expect((await loadSettings()).showUnknown).toBe(true);
  });
});
