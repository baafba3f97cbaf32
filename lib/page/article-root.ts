import { MIN_ARTICLE_CHARS } from './constants';
import { isInSkipped } from './skip';

/** Where news sites put the article: schema.org markup, then the HTML elements for it. */
const CANDIDATES = '[itemprop~="articleBody"], article, main, [role="main"]';

/** How much of the page's largest candidate a smaller one inside it must hold to be chosen instead. */
const INNER_SHARE = 0.8;

/** Characters of paragraph text in `el`, outside page chrome. */
function paragraphChars(el: Element): number {
  let chars = 0;
  for (const p of el.querySelectorAll('p')) if (!isInSkipped(p)) chars += p.textContent?.length ?? 0;
  return chars;
}

/**
 * The element holding the article: the innermost candidate (articleBody, article, main) that
 * holds most of the paragraph text, so a live blog or a page of several articles gets their
 * common container, and a single story its own element. Falls back to the body when the page
 * has paragraphs but no such markup, and gives null for pages without an article (home pages,
 * forms, apps): Backstory stays out of those.
 */
export function findArticleRoot(doc: Document): Element | null {
  const scored = [...doc.querySelectorAll(CANDIDATES)]
    .filter((el) => !isInSkipped(el))
    .map((el) => ({ el, chars: paragraphChars(el) }))
    .filter((c) => c.chars >= MIN_ARTICLE_CHARS);
  const best = Math.max(0, ...scored.map((c) => c.chars));
  const inner = scored.filter((c) => c.chars >= best * INNER_SHARE).sort((a, b) => a.chars - b.chars || (a.el.contains(b.el) ? 1 : -1))[0];
  if (inner) return inner.el;
  const body = doc.body;
  return body && paragraphChars(body) >= MIN_ARTICLE_CHARS ? body : null;
}

/** True when `el` is or contains article markup: new content that may move the article root (infinite scroll). */
export function holdsArticle(el: Element): boolean {
  return el.matches(CANDIDATES) || el.querySelector(CANDIDATES) !== null;
}
