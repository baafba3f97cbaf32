/**
 * Bundled into a page script by `articleProbe()` (firefox-real-pages.test.ts): the blocks of
 * text Backstory's content script reads on the page, found by the same code (lib/page) in the
 * page's own engine. A test waits until the background holds them all: a condition, not a pause.
 */
import { findArticleRoot } from '../../lib/page/article-root';
import { collectBlocks } from '../../lib/page/text-blocks';

/** The texts of the article's blocks, or null when the page shows no article. */
export function articleBlocks(doc: Document): string[] | null {
  const root = findArticleRoot(doc);
  return root && collectBlocks(root).map((b) => b.text);
}
