import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AddPageButton } from '~/components/AddPageButton';
import { CardModeSetting } from '~/components/CardModeSetting';
import { CorrectionList } from '~/components/CorrectionList';
import { DwellSetting } from '~/components/DwellSetting';
import { download } from '~/components/download';
import { EntityList } from '~/components/EntityList';
import { ExportButtons } from '~/components/ExportButtons';
import { formatDate } from '~/components/format';
import { SiteSwitch } from '~/components/SiteSwitch';
import { UnknownList } from '~/components/UnknownList';
import { useSettings } from '~/components/use-settings';
import { exportPage, pageRows } from '~/lib/collection/export';
import { type ContentProtocol, createClient } from '~/lib/messages';
import { languageName } from '~/lib/nlp/page-language';
import { openCastList, openCollection } from './open-pages';
import { request, useTab } from './use-tab';

/** The popup: this tab's entities and events, the per-site switch, and "run on this page". */
export function App() {
  const { tabId, host, summary, site, corrections, refresh } = useTab();
  const [settings, updateSettings, settingsLoaded] = useSettings();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const toTab = createClient<ContentProtocol>((m) => browser.tabs.sendMessage(tabId, m));

  const setEnabled = async (enabled: boolean) => {
    if (!host) return;
    setBusy(true);
    // Asked first, in the click itself: browsers grant host permissions only on a user gesture.
    const granted = !enabled || site?.bundled || (await browser.permissions.request({ origins: [`*://${host}/*`] }));
    if (granted) await request('setSite', { host, enabled, tabId });
    else setNote(`Backstory needs permission to read ${host}.`);
    setBusy(false);
    refresh();
  };
  const runHere = async () => {
    setBusy(true);
    const result = await request('runInTab', { tabId });
    setNote(result.ok ? null : `Backstory cannot run on this page: ${result.error}`);
    setBusy(false);
    refresh();
  };

  const showCast = () => openCastList(tabId).catch((error: unknown) => setNote(`Cannot open the cast list: ${String(error)}`));

  const found = (summary?.entities.length ?? 0) + (summary?.events.length ?? 0);
  const off = site !== null && !site.enabled;
  const emptyNote = off
    ? `Backstory is off on ${host}.`
    : summary?.scanned
      ? 'No people, places or organizations from the knowledge base on this page.'
      : 'Backstory has not read this page.';
  const kbDate = formatDate(summary?.kbDate ?? null);
  const language = summary?.language;
  const quietNote =
    language && !language.english && !off
      ? `This page is ${language.code && languageName(language.code) ? `in ${languageName(language.code)}` : 'not in English'}; Backstory only marks names its knowledge base knows.`
      : null;
  return (
    <main>
      <header>
        <h1>Backstory</h1>
        {host && site && <SiteSwitch host={host} enabled={site.enabled} busy={busy} onChange={setEnabled} />}
      </header>
      {summary?.error && <p class="note error">{summary.error}</p>}
      {note && <p class="note">{note}</p>}
      {quietNote && <p class="note language">{quietNote}</p>}
      {found > 0 && summary ? (
        <EntityList entities={summary.entities} events={summary.events} onReveal={(id, kind) => void toTab('reveal', { id, kind }).catch(() => undefined)} />
      ) : (
        <p class="note">{emptyNote}</p>
      )}
      {found > 0 && summary && <ExportButtons what="this page" onExport={(format) => download(exportPage(pageRows(summary), format, host ?? ''))} />}
      <nav class="pages">
        <button type="button" onClick={showCast}>
          Cast list
        </button>
        <button type="button" onClick={() => void openCollection()}>
          Research collection
        </button>
      </nav>
      {summary?.scanned && !off && (
        <UnknownList
          unknown={summary.unknown}
          marked={settings.showUnknown}
          disabled={!settingsLoaded}
          onMarkedChange={(showUnknown) => updateSettings({ showUnknown })}
        />
      )}
      {host && (
        <CorrectionList
          host={host}
          corrections={corrections}
          onUndo={(c) => void request('correct', { host, surface: c.surface, entity: c.entity, undo: true }).then(refresh)}
        />
      )}
      {(!summary?.scanned || (off && found === 0)) && (
        <button type="button" class="run" disabled={busy} onClick={runHere}>
          Run on this page
        </button>
      )}
      {host && <AddPageButton onAdd={() => request('addPage', { tabId })} />}
      <footer>
        <DwellSetting dwellMs={settings.hoverDwellMs} disabled={!settingsLoaded} onChange={(hoverDwellMs) => updateSettings({ hoverDwellMs })} />
        <CardModeSetting mode={settings.cardMode} disabled={!settingsLoaded} onChange={(cardMode) => updateSettings({ cardMode })} />
        {kbDate ? <p>Knowledge base as of {kbDate}</p> : null}
      </footer>
    </main>
  );
}
