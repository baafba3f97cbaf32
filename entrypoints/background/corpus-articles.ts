import { type Article, contentKinds, readText } from '~/lib/corpus';
import type { KbIndex } from '~/lib/kb/kb-index';
import type { CorpusArticleView } from '~/lib/messages';
import { toArticle } from '~/lib/user-corpus/user-article';
import { annotateBlocks } from './annotate-blocks';
import { userStore } from './user-corpus';

/**
 * The bundled corpus's plain-text articles, each loaded only when a reader opens it from a card
 * (the KB keeps fingerprints, not text). Keyed by file name, the KB's document id.
 */
const files = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../../assets/corpus/*.txt', { query: '?raw', import: 'default' })).map(([path, load]) => [
    path.slice(path.lastIndexOf('/') + 1),
    load,
  ]),
);

/** A bundled corpus file, or one of the user's articles (kept whole in their store). */
async function articleOf(doc: string): Promise<Article | null> {
  const load = files[doc];
  if (load) return readText(doc, await load());
  const stored = await userStore.article(doc);
  return stored ? toArticle(stored) : null;
}

/** The article's paragraphs (headline, dateline and body, no masthead, byline or boilerplate), each with its marks. */
export async function corpusArticle(index: KbIndex, doc: string): Promise<CorpusArticleView | null> {
  const document = index.document(doc);
  const article = document && (await articleOf(doc));
  if (!article) return null;
  const paragraphs = article.segments
    .filter((s) => contentKinds.has(s.kind) && s.kind !== 'title')
    .flatMap((s) => article.text.slice(s.start, s.end).split(/\n+/))
    .map((p) => p.trim())
    .filter(Boolean);
  const results = annotateBlocks(
    index,
    paragraphs.map((text, id) => ({ id, text })),
    { date: document.date },
  );
  return {
    doc,
    title: document.title,
    source: document.source,
    date: document.date,
    paragraphs: paragraphs.map((text, i) => ({ text, marks: results[i]?.marks ?? [] })),
  };
}
