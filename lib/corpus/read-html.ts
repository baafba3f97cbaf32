/** Reader for saved HTML news pages (.html, .htm). */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { Article } from './article';
import { maxHtmlDepth, nestingDepth } from './html-depth';
import { authorNames, readHtmlMetadata } from './html-metadata';
import { paragraphsOf } from './html-paragraphs';
import { parseDate } from './parse-date';
import { structureText } from './structure-text';
import { webUrl } from './web-url';

/**
 * Turns markup into a fresh Document (Readability rewrites the one it gets). The extension
 * can pass `(html) => new DOMParser().parseFromString(html, 'text/html')` from the page's DOM.
 */
export type ParseHtml = (html: string) => Document;

/**
 * linkedom's parser, so the reader runs in node without a browser. Unlike a browser,
 * linkedom makes the first tag of a fragment ("<p>…") the document element, so a page
 * without an <html> tag gets one first.
 */
export const parseWithLinkedom: ParseHtml = (html) => {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
};

/**
 * A paragraph that reads as a sentence. Readability returns whatever text a page has, so
 * an index page yields "Home" or a menu; without one such paragraph there is no article.
 */
const isProse = (paragraph: string) => paragraph.split(/\s+/).length >= minProseWords;
const minProseWords = 8;

/**
 * Read an HTML page: main text by Readability, metadata from the page's meta tags and
 * JSON-LD, with Readability's own findings as fallback. `text` is the main text with
 * paragraphs separated by blank lines; segments are the title (when the text opens
 * with it), body paragraphs, and dateline and boilerplate as in plain text.
 *
 * @throws Error when the page holds no article text, or nests elements too deeply to read in good time
 */
export function readHtml(file: string, html: string, parse: ParseHtml = parseWithLinkedom): Article {
  const doc = parse(html);
  if (!doc?.documentElement) throw new Error(`${file}: no article text found (not an HTML document)`);
  if (nestingDepth(doc.documentElement) > maxHtmlDepth) throw new Error(`${file}: elements nested more than ${maxHtmlDepth} deep; not read`);
  const meta = readHtmlMetadata(doc); // before Readability, which removes the JSON-LD scripts
  const found = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const paragraphs = found?.content ? paragraphsOf(found.content) : [];
  if (!paragraphs.some(isProse)) throw new Error(`${file}: no article text found in the page`);
  const title = meta.title ?? (found?.title?.trim() || null);
  const text = paragraphs.join('\n\n');
  const structure = structureText(text, { detect: false, knownTitle: title });
  return {
    ...structure,
    file,
    title,
    source: meta.source ?? (found?.siteName?.trim() || structure.source),
    date: meta.date ?? parseDate(found?.publishedTime ?? '') ?? structure.date,
    authors: [meta.authors, structure.authors, authorNames(found?.byline ?? '')].find((a) => a.length > 0) ?? [],
    url: webUrl(meta.url),
  };
}
