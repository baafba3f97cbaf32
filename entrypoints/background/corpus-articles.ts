import { contentKinds, readText } from '~/lib/corpus';
import type { KbIndex } from '~/lib/kb/kb-index';
import type { CorpusArticleView } from '~/lib/messages';
import { annotateBlocks } from './annotate-blocks';

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

/** The article's paragraphs (headline, dateline and body, no masthead, byline or boilerplate), each with its marks. */
export async function corpusArticle(index: KbIndex, doc: string): Promise<CorpusArticleView | null> {
  const load = files[doc];
  const document = index.document(doc);
  if (!load || !document) return null;
  const article = readText(doc, await load());
  const paragraphs = article.segments
    .filter((s) => contentKinds.has(s.kind) && s.kind !== 'title')
    .flatMap((s) => article.text.slice(s.start, s.end).split(/\n+/))
    .map((p) => p.trim())
    .filter(Boolean);
  const results = annotateBlocks(
    index,
    paragraphs.map((text, id) => ({ id, text })),
  );
  return {
    doc,
    title: document.title,
    source: document.source,
    date: document.date,
    paragraphs: paragraphs.map((text, i) => ({ text, marks: results[i]?.marks ?? [] })),
  };
}
