/**
 * One article of the user's own corpus, as the extension stores and exports it: the fields of a
 * JSONL record (so an export reads back with the JSONL reader), its document id, and when it was
 * added. The text is kept whole, so what it contributes to the KB can be rebuilt at any time.
 */
import type { Article } from '../corpus/article';
import type { JsonlRecord } from '../corpus/jsonl-record';
import { recordArticle } from '../corpus/record-article';
import { fnv1a } from '../kb/fingerprint';

export interface UserArticle extends JsonlRecord {
  /** Its document id in the KB ("user:…"): never one of a bundled corpus file, and the same for the same URL and text (`userArticleId`). */
  id: string;
  /** When it was added, in milliseconds since 1970. */
  addedAt: number;
}

/** One row of the options page's list of the user's articles. */
export type UserArticleSummary = Pick<UserArticle, 'id' | 'title' | 'source' | 'date' | 'url' | 'addedAt'>;

/** What adding articles did: how many are new to the corpus, and how many were in it already (same URL and text) and are now replaced. */
export interface AddResult {
  added: number;
  replaced: number;
}

/** Document ids of the user's articles start with this; bundled corpus files are plain file names. */
export const USER_DOC_PREFIX = 'user:';

/**
 * What makes two articles the same: the same URL (without its #fragment) and the same text (its
 * spacing collapsed). The URL alone is not enough: a corpus may file many articles under one
 * address (a news portal's page of the day holds a hundred items), and each is an article.
 */
function identity(url: string | null, text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  return url ? `url ${url.replace(/#.*$/, '')}\ntext ${words}` : `text ${words}`;
}

/** The document id of an article with this URL and text: the one place an article's identity is decided. */
export function userArticleId(url: string | null, text: string): string {
  const key = identity(url, text);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${USER_DOC_PREFIX}${hex(fnv1a(key))}${hex(fnv1a(key, 0x01000193))}`;
}

/** A read article as the user's corpus keeps it. */
export function toUserArticle(article: Article, addedAt: number): UserArticle {
  return {
    id: userArticleId(article.url, article.text),
    addedAt,
    text: article.text,
    title: article.title,
    source: article.source,
    date: article.date,
    url: article.url,
    authors: article.authors,
  };
}

/** The stored article read again, with its document id as its file. */
export function toArticle(stored: UserArticle): Article {
  return recordArticle(stored.id, stored);
}

/** The JSONL record of an article: only what the JSONL reader reads. */
export function toJsonlRecord({ text, title, source, date, url, authors }: UserArticle): JsonlRecord {
  return { text, title, source, date, url, authors };
}

/** The user's corpus as a JSONL file (oldest first), which `readJsonl` reads back. */
export function toJsonl(articles: readonly UserArticle[]): string {
  return [...articles]
    .sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1))
    .map((a) => `${JSON.stringify(toJsonlRecord(a))}\n`)
    .join('');
}
