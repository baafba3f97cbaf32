import { useEffect, useState } from 'preact/hooks';
import { KbStatsView } from '~/components/KbStatsView';
import { UserArticleList } from '~/components/UserArticleList';
import type { BackgroundProtocol } from '~/lib/messages';
import type { UserArticleSummary } from '~/lib/user-corpus/user-article';
import { ExportButton } from './ExportButton';
import { ImportPanel } from './ImportPanel';
import { PacksPanel } from './PacksPanel';
import { request } from './request';
import { SettingsPanel } from './SettingsPanel';

type Stats = BackgroundProtocol['kbStats']['response'];

/** The options page: the user's knowledge base (statistics, import, export, articles) and the settings. */
export function App() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [articles, setArticles] = useState<UserArticleSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Both set together, so the statistics never lag the list of articles they count; either shows without the other.
  const refresh = () => {
    void Promise.allSettled([request('kbStats', {}), request('userArticles', {})]).then(([kbStats, userArticles]) => {
      if (kbStats.status === 'fulfilled') setStats(kbStats.value);
      if (userArticles.status === 'fulfilled') setArticles(userArticles.value);
      const failed = [kbStats, userArticles].find((r) => r.status === 'rejected');
      if (failed) setError(String(failed.reason));
    });
  };
  useEffect(refresh, []);
  const remove = async (id: string) => {
    await request('removeUserArticle', { id }).catch((e: unknown) => setError(String(e)));
    refresh();
  };
  return (
    <main>
      <h1>Backstory</h1>
      {error && <p class="note error">{error}</p>}
      <section aria-labelledby="kb-heading">
        <h2 id="kb-heading">Knowledge base</h2>
        <KbStatsView stats={stats} />
      </section>
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">Knowledge base packs</h2>
        <PacksPanel onChanged={refresh} />
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Add articles</h2>
        <ImportPanel onImported={refresh} />
      </section>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Your articles</h2>
        <ExportButton count={articles?.length ?? 0} />
        <UserArticleList articles={articles} onRemove={remove} />
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <SettingsPanel />
      </section>
      <p class="note">
        Your articles and packs are kept in this browser only (its IndexedDB storage for Backstory), never sent anywhere. Settings follow your browser profile
        where the browser syncs extension settings.
      </p>
    </main>
  );
}
