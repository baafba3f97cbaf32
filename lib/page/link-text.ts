/**
 * Blocks whose every word is a link, among other links: a teaser's headline ("More on this
 * story", "Next On…"), a list of related stories, a section label, a tag list. Readability drops
 * them by the share of link text around them; so does Backstory. A link-only block among prose
 * (a list's or a review's linked headings, "[Read: …]" between paragraphs) is still read.
 */

/** Share of the text around a link-only block that may be links, for the block to be read. */
const MAX_LINK_SHARE = 0.5;

const letters = (text: string | null) => (text ?? '').replace(/\s+/g, '').length;

/** The link below `root` holding `node`, or null. */
export function linkOf(node: Node, root: Element): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  const link = el?.closest('a[href]');
  return link && link !== root && root.contains(link) ? link : null;
}

/** Per article root: whether a link-only block is among other links, the share of each holder remembered. */
export function linkOnlySkips(root: Element): (block: Element) => boolean {
  const shares = new Map<Element, number>();
  const shareOf = (holder: Element) => {
    let share = shares.get(holder);
    if (share === undefined) {
      let linked = 0;
      for (const a of holder.querySelectorAll('a[href]')) if (!a.parentElement?.closest('a[href]')) linked += letters(a.textContent);
      share = linked / Math.max(1, letters(holder.textContent));
      shares.set(holder, share);
    }
    return share;
  };
  return (block) => {
    // The text around the block: that of its parent, outside the link holding the block if any.
    const outer = linkOf(block, root) ?? block;
    const holder = outer === root || !root.contains(outer) ? root : (outer.parentElement ?? root);
    return shareOf(holder) > MAX_LINK_SHARE;
  };
}
