/** Reader for plain-text news articles (.txt, .text, .md). */
import type { Article } from './article';
import { structureText } from './structure-text';

/**
 * Read a plain-text article: masthead, headline, subtitle and byline lines at the top,
 * a dateline opening the body, and boilerplate (teasers, "Related" blocks, footers).
 * Offsets in the result index into `text` itself. Never throws.
 *
 * @param file - the name to record, relative to the corpus root
 */
export function readText(file: string, text: string): Article {
  return { file, url: null, ...structureText(text) };
}
