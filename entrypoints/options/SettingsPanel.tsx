import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DwellSetting } from '~/components/DwellSetting';
import { SiteSwitch } from '~/components/SiteSwitch';
import { useSettings } from '~/components/use-settings';
import { DEFAULT_SETTINGS, MARK_STYLE_LABELS, MARK_TYPE_LABELS } from '~/config/settings';
import type { SiteStatus } from '~/lib/messages';
import { MARK_STYLES, type MarkStyle, type MarkTypes } from '~/lib/page/mark-style';
import { request } from './request';

/** Every setting; each applies to open pages at once (they listen for the change). */
export function SettingsPanel() {
  const [settings, update, loaded] = useSettings();
  const [sites, setSites] = useState<SiteStatus[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const loadSites = () => void request('siteChoices', {}).then(setSites);
  useEffect(loadSites, []);

  const setSite = async (site: SiteStatus, enabled: boolean) => {
    // Asked in the click itself: browsers grant host permissions only on a user gesture.
    const granted = !enabled || site.bundled || (await browser.permissions.request({ origins: [`*://${site.host}/*`] }));
    if (granted) await request('setSite', { host: site.host, enabled, tabId: null });
    else setNote(`Backstory needs permission to read ${site.host}.`);
    loadSites();
  };
  const setType = (type: keyof MarkTypes, shown: boolean) => update({ markTypes: { ...settings.markTypes, [type]: shown } });

  return (
    <div class="settings">
      <DwellSetting dwellMs={settings.hoverDwellMs} disabled={!loaded} onChange={(hoverDwellMs) => update({ hoverDwellMs })} />
      <fieldset>
        <legend>Mark</legend>
        {(Object.keys(MARK_TYPE_LABELS) as (keyof MarkTypes)[]).map((type) => (
          <label key={type} class="check">
            <input
              type="checkbox"
              name={`mark-${type}`}
              checked={settings.markTypes[type]}
              disabled={!loaded}
              onChange={(e) => setType(type, e.currentTarget.checked)}
            />
            {MARK_TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <label class="setting">
        Mark style{' '}
        <select name="mark-style" value={settings.markStyle} disabled={!loaded} onChange={(e) => update({ markStyle: e.currentTarget.value as MarkStyle })}>
          {MARK_STYLES.map((style) => (
            <option key={style} value={style}>
              {MARK_STYLE_LABELS[style]}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="show-unknown"
          checked={settings.showUnknown}
          disabled={!loaded}
          onChange={(e) => update({ showUnknown: e.currentTarget.checked })}
        />
        Also mark names the knowledge base does not know
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="record-met"
          checked={settings.recordMet}
          disabled={!loaded}
          onChange={(e) => update({ recordMet: e.currentTarget.checked })}
        />
        Keep the names I meet on pages in my research collection (on this computer only)
      </label>
      <fieldset>
        <legend>Sites you turned on or off</legend>
        {sites.length ? (
          sites.map((site) => <SiteSwitch key={site.host} host={site.host} enabled={site.enabled} busy={false} onChange={(on) => void setSite(site, on)} />)
        ) : (
          <p class="note">None yet: turn Backstory on or off for a site from the toolbar button.</p>
        )}
        {note && <p class="note error">{note}</p>}
      </fieldset>
      <button type="button" class="reset" disabled={!loaded} onClick={() => update(DEFAULT_SETTINGS)}>
        Reset settings to defaults
      </button>
    </div>
  );
}
