import { WRAPPER_SHARE } from './constants';
import { isChrome, isNeverRead } from './skip';

/** What is not read of the article held by an element. */
export interface ArticleSkips {
  /** True when `el`, below the root, is not read, nor anything inside it. Looks at `el` alone. */
  skips(el: Element): boolean;
  /** True when `node` is not read: it or an ancestor below the root is skipped, or the root or an ancestor of it is never read. */
  inSkipped(node: Node): boolean;
}

/** Characters of paragraph text inside `el` (the measure the article finder weighs regions by). */
export function paragraphChars(el: Element): number {
  let chars = 0;
  for (const p of el.querySelectorAll('p')) chars += p.textContent?.length ?? 0;
  return chars;
}

/**
 * The skip test (skip.ts) of the article held by `root`. Chrome is judged near the text only:
 * the root and its ancestors (<html class="has-big-ad">, <body class="paywall">) are never
 * chrome, and neither is an element below the root holding most of its paragraph text (a
 * "two-col-sidebar" layout wrapper), as the article finder does not take one for chrome either.
 */
export function articleSkips(root: Element): ArticleSkips {
  let rootChars: number | undefined;
  const wraps = (el: Element) => {
    rootChars ??= paragraphChars(root);
    return paragraphChars(el) > rootChars * WRAPPER_SHARE;
  };
  const skips = (el: Element) => isNeverRead(el) || (isChrome(el) && !wraps(el));
  return {
    skips,
    inSkipped(node) {
      let el = node instanceof Element ? node : node.parentElement;
      for (; el && el !== root; el = el.parentElement) if (skips(el)) return true;
      for (; el; el = el.parentElement) if (isNeverRead(el)) return true;
      return false;
    },
  };
}
