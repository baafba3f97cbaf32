import { MIN_ARTICLE_CHARS, WRAPPER_SHARE } from './constants';
import { isChrome, isNeverRead } from './skip';
import { type Resumable, runAtOnce } from './time-slice';

/** Where news sites put the article: schema.org markup, then the HTML elements for it. */
const CANDIDATES = '[itemprop~="articleBody"], article, main, [role="main"]';

/** How much of the page's largest candidate a smaller one inside it must hold to be chosen instead. */
const INNER_SHARE = 0.8;

/** How much more text than story and headline together their common container may hold (a byline, a date) to be taken whole. */
const HEADLINE_SLACK = 1.25;

/** The page's paragraph text, outside page chrome, counted once for all the questions below. */
interface ParagraphCounts {
  /** Characters of paragraph text inside each element (the paragraph's ancestors). */
  within: Map<Element, number>;
  /** Characters of paragraph text whose paragraph is a child of each element. */
  byParent: Map<Element, number>;
  total: number;
  /** True when `el` or an ancestor of it is skipped: never read, or chrome that does not hold the page's text. */
  inSkipped(el: Element): boolean;
}

/** `test` of an element or any ancestor, remembered per element. */
function inherited(test: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const inside = (el: Element): boolean => {
    let value = known.get(el);
    if (value === undefined) {
      const parent = el.parentElement;
      value = test(el) || (parent !== null && inside(parent));
      known.set(el, value);
    }
    return value;
  };
  return inside;
}

/** A paragraph and its characters of text, read once for both tallies. */
type Paragraph = { parent: Element; chars: number };

/** Adds each paragraph's characters to its parent, then each parent's to it and every ancestor (a parent's ancestors walked once, not once per paragraph). */
function tally(paragraphs: readonly Paragraph[]): Omit<ParagraphCounts, 'inSkipped'> {
  const counts = { within: new Map<Element, number>(), byParent: new Map<Element, number>(), total: 0 };
  for (const { parent, chars } of paragraphs) {
    counts.total += chars;
    counts.byParent.set(parent, (counts.byParent.get(parent) ?? 0) + chars);
  }
  for (const [parent, chars] of counts.byParent) {
    for (let el: Element | null = parent; el; el = el.parentElement) counts.within.set(el, (counts.within.get(el) ?? 0) + chars);
  }
  return counts;
}

/** Paragraphs read between looks at the time budget (each a `textContent` and a few ancestors' skip tests). */
const PARAGRAPHS_PER_CHECK = 100;

/**
 * Two passes over the page's paragraphs, the skip tests (skip.ts) remembered per element: a
 * 50,000-word page has thousands of paragraphs under the same few ancestors, and asking each
 * candidate for its own paragraphs read them all again. The first counts all readable text,
 * to tell the elements holding most of it, which are never chrome; the second leaves chrome out.
 * Yields every PARAGRAPHS_PER_CHECK paragraphs, so a long page is counted in slices.
 */
function* countParagraphs(doc: Document): Resumable<ParagraphCounts> {
  const inNeverRead = inherited(isNeverRead);
  const readable: (Paragraph & { p: Element })[] = [];
  let seen = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (++seen % PARAGRAPHS_PER_CHECK === 0) yield;
    const parent = p.parentElement;
    if (parent && !inNeverRead(p)) readable.push({ p, parent, chars: p.textContent?.length ?? 0 });
  }
  const all = tally(readable);
  const holdsPage = (el: Element) => (all.within.get(el) ?? 0) > all.total * WRAPPER_SHARE;
  const inSkipped = inherited((el) => isNeverRead(el) || (isChrome(el) && !holdsPage(el)));
  const kept: Paragraph[] = [];
  for (const paragraph of readable) {
    if (++seen % PARAGRAPHS_PER_CHECK === 0) yield;
    if (!inSkipped(paragraph.p)) kept.push(paragraph);
  }
  return { ...tally(kept), inSkipped };
}

/**
 * Without article markup: the innermost element holding most of the page's paragraph text
 * (readability's idea, simplified), so a sidebar of teasers or a most-read list next to the
 * story stays out; widened to take in the headline when it sits just above the story.
 */
function densestRegion(doc: Document, { within, byParent, total, inSkipped }: ParagraphCounts): Element | null {
  if (total < MIN_ARTICLE_CHARS) return null;
  let region: Element | null = [...byParent].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // A story split into chunks (between ads, say) is held by the chunks' common parent.
  while (region && (within.get(region) ?? 0) < total * INNER_SHARE) region = region.parentElement;
  if (!region) return null;
  const headline = doc.querySelector('h1');
  if (!headline || region.contains(headline) || inSkipped(headline)) return region;
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
 * Backstory stays out of those. Resumable, so the content script finds it in slices (time-slice.ts).
 */
export function* articleRoot(doc: Document): Resumable<Element | null> {
  const counts = yield* countParagraphs(doc);
  const scored = [...doc.querySelectorAll(CANDIDATES)]
    .filter((el) => !counts.inSkipped(el))
    .map((el) => ({ el, chars: counts.within.get(el) ?? 0 }))
    .filter((c) => c.chars >= MIN_ARTICLE_CHARS);
  const best = Math.max(0, ...scored.map((c) => c.chars));
  const inner = scored.filter((c) => c.chars >= best * INNER_SHARE).sort((a, b) => a.chars - b.chars || (a.el.contains(b.el) ? 1 : -1))[0];
  return inner ? inner.el : densestRegion(doc, counts);
}

/** `articleRoot` at once. */
export function findArticleRoot(doc: Document): Element | null {
  return runAtOnce(articleRoot(doc));
}

/** True when `el` is or contains article markup: new content that may move the article root (infinite scroll). */
export function holdsArticle(el: Element): boolean {
  return el.matches(CANDIDATES) || el.querySelector(CANDIDATES) !== null;
}
