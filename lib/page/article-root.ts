import { MIN_ARTICLE_CHARS } from './constants';
import { isInSkipped } from './skip';

/** Where news sites put the article: schema.org markup, then the HTML elements for it. */
const CANDIDATES = '[itemprop~="articleBody"], article, main, [role="main"]';

/** How much of the page's largest candidate a smaller one inside it must hold to be chosen instead. */
const INNER_SHARE = 0.8;

/** How much more text than story and headline together their common container may hold (a byline, a date) to be taken whole. */
const HEADLINE_SLACK = 1.25;

/** Characters of paragraph text in `el`, outside page chrome. */
function paragraphChars(el: Element): number {
  let chars = 0;
  for (const p of el.querySelectorAll('p')) if (!isInSkipped(p)) chars += p.textContent?.length ?? 0;
  return chars;
}

/**
 * Without article markup: the innermost element holding most of the page's paragraph text
 * (readability's idea, simplified), so a sidebar of teasers or a most-read list next to the
 * story stays out; widened to take in the headline when it sits just above the story.
 */
function densestRegion(doc: Document): Element | null {
  const byParent = new Map<Element, number>();
  let total = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (!p.parentElement || isInSkipped(p)) continue;
    const chars = p.textContent?.length ?? 0;
    total += chars;
    byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + chars);
  }
  if (total < MIN_ARTICLE_CHARS) return null;
  let region: Element | null = [...byParent].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // A story split into chunks (between ads, say) is held by the chunks' common parent.
  while (region && paragraphChars(region) < total * INNER_SHARE) region = region.parentElement;
  if (!region) return null;
  const headline = doc.querySelector('h1');
  if (!headline || region.contains(headline) || isInSkipped(headline)) return region;
  let common = region.parentElement;
  while (common && !common.contains(headline)) common = common.parentElement;
  const length = (el: Element) => el.textContent?.length ?? 0;
  const closeBy = common && common !== doc.body && length(common) <= (length(region) + length(headline)) * HEADLINE_SLACK;
  return closeBy ? common : region;
}

/**
 * The element holding the article: the innermost candidate (articleBody, article, main) that
 * holds most of the paragraph text, so a live blog or a page of several articles gets their
 * common container, and a single story its own element. Pages without such markup get their
 * densest region of paragraphs, and pages without an article (home pages, forms, apps) null:
 * Backstory stays out of those.
 */
export function findArticleRoot(doc: Document): Element | null {
  const scored = [...doc.querySelectorAll(CANDIDATES)]
    .filter((el) => !isInSkipped(el))
    .map((el) => ({ el, chars: paragraphChars(el) }))
    .filter((c) => c.chars >= MIN_ARTICLE_CHARS);
  const best = Math.max(0, ...scored.map((c) => c.chars));
  const inner = scored.filter((c) => c.chars >= best * INNER_SHARE).sort((a, b) => a.chars - b.chars || (a.el.contains(b.el) ? 1 : -1))[0];
  return inner ? inner.el : densestRegion(doc);
}

/** True when `el` is or contains article markup: new content that may move the article root (infinite scroll). */
export function holdsArticle(el: Element): boolean {
  return el.matches(CANDIDATES) || el.querySelector(CANDIDATES) !== null;
}
