import { findPageDate } from '../corpus/page-date';

/**
 * The live page's publication date (lib/corpus/page-date.ts, the finder the corpus reader uses),
 * looked for once per address: a single-page app's next article has its own.
 */
export function createLivePageDate(doc: Document): () => string | null {
  let known: { url: string; date: string | null } | null = null;
  return () => {
    const url = doc.location?.href ?? '';
    if (known?.url !== url) known = { url, date: findPageDate(doc, url)?.date ?? null };
    return known.date;
  };
}
