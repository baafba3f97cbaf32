/**
 * How deeply a page nests its elements. Readability's time grows with the square of the
 * nesting (measured on linkedom: 250 levels 1.2 s, 1,000 levels 12.6 s, 5,000 levels 450 s
 * and then a stack overflow), so the HTML reader refuses pages nested beyond any real one.
 */

/** Deeper than any news page (their markup nests some 20-60 levels); Readability takes about 1.5 s here. */
export const maxHtmlDepth = 300;

/**
 * The deepest element nesting under `root` (root itself is level 1), or `limit + 1` as soon as
 * it goes past `limit`. Iterative, so a hostile page cannot overflow the stack.
 */
export function nestingDepth(root: Element, limit = maxHtmlDepth): number {
  let deepest = 0;
  const pending: [Element, number][] = [[root, 1]];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [element, depth] = item;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return limit + 1;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) pending.push([child, depth + 1]);
  }
  return deepest;
}
