import type { KbStats } from '~/lib/messages';
import { formatDate } from './format';

export interface KbStatsViewProps {
  stats: { bundled: KbStats; user: KbStats | null; userNotStored?: string | null } | null;
}

const row = (label: string, s: KbStats | null) => (
  <tr>
    <th scope="row">{label}</th>
    <td>{s?.articles ?? 0}</td>
    <td>{s?.entities ?? 0}</td>
    <td>{s?.events ?? 0}</td>
    <td>{formatDate(s?.date ?? null) ?? '—'}</td>
  </tr>
);

/** What the bundled KB and the user's own hold: articles, entities, events, and how fresh each is. */
export function KbStatsView({ stats }: KbStatsViewProps) {
  if (!stats) return <p class="note">Loading…</p>;
  return (
    <>
      <table class="kb-stats">
        <thead>
          <tr>
            <td />
            <th scope="col">Articles</th>
            <th scope="col">Entities</th>
            <th scope="col">Events</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {row('Bundled', stats.bundled)}
          {row('Yours', stats.user)}
        </tbody>
      </table>
      {stats.userNotStored && (
        <p class="note error" role="alert">
          {stats.userNotStored}
        </p>
      )}
    </>
  );
}
