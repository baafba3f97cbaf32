import { type Article, contentKinds } from '../corpus/article';
import { fingerprint } from './fingerprint';
import type { KbDocument } from './schema';

const DERIVED_TITLE_MAX = 90;

/** The article's text that is the article: title, subtitle, dateline and body, never boilerplate. */
export function contentRanges(article: Article): { start: number; end: number }[] {
  return article.segments.filter((s) => contentKinds.has(s.kind)).map(({ start, end }) => ({ start, end }));
}

/** A title from the first body sentence when the file has no headline, cut at a word boundary. */
function deriveTitle(article: Article): string {
  const body = article.segments.find((s) => s.kind === 'body');
  let text = body ? article.text.slice(body.start, body.end) : article.text;
  // Drop the dateline's tail ("Washington, 9 Nov 2023 (TDI): ") when the body starts with it.
  text = text.replace(/^[^:—–]{0,60}\)\s*:\s*/, '').replace(/^[^—–]{0,40}\s[—–]\s*/, '');
  const sentence = (text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text).trim();
  if (sentence.length <= DERIVED_TITLE_MAX) return sentence;
  const cut = sentence.slice(0, DERIVED_TITLE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function documentRecord(article: Article): KbDocument {
  const body = contentRanges(article)
    .map((r) => article.text.slice(r.start, r.end))
    .join('\n');
  return {
    file: article.file,
    title: article.title ?? deriveTitle(article),
    titleDerived: article.title === null,
    subtitle: article.subtitle,
    source: article.source,
    date: article.date,
    url: article.url,
    authors: article.authors,
    dateline: article.dateline?.place ?? null,
    fingerprint: fingerprint(body),
  };
}
