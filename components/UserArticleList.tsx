import type { UserArticleSummary } from '~/lib/user-corpus/user-article';
import { formatDate } from './format';

export interface UserArticleListProps {
  /** Null while loading. */
  articles: UserArticleSummary[] | null;
  onRemove(id: string): void;
}

/** The user's own articles, newest first, each with a Remove button. */
export function UserArticleList({ articles, onRemove }: UserArticleListProps) {
  if (!articles) return <p class="note">Loading…</p>;
  if (!articles.length) return <p class="note">No articles of your own yet. Add a page from the toolbar button, or import files above.</p>;
  return (
    <ul class="user-articles">
      {articles.map((a) => (
        <li key={a.id} class="user-article">
          <span class="title">{a.title ?? a.url ?? 'Untitled article'}</span>
          <span class="meta">{[a.source, formatDate(a.date)].filter(Boolean).join(' · ')}</span>
          <button type="button" onClick={() => onRemove(a.id)} aria-label={`Remove “${a.title ?? 'Untitled article'}”`}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
