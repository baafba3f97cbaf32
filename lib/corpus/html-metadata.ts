/**
 * Article metadata an HTML page states about itself: Open Graph and article:* meta tags,
 * author and date meta names, the canonical link, and JSON-LD. Read before Readability
 * runs, since Readability strips the scripts that hold the JSON-LD.
 */
import { parseByline } from './byline';
import { readJsonLd } from './json-ld';
import { findPageDate } from './page-date';

export interface HtmlMetadata {
  title: string | null;
  source: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  authors: string[];
  url: string | null;
}

/** All meta tag contents by lowercased property/name/itemprop, in page order. */
function metaTags(doc: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/** Person names in an author field: "By A and B" becomes two; a profile URL none. */
export function authorNames(value: string): string[] {
  const clean = value.trim().replace(/^by\s+/i, '');
  if (!clean || /^https?:\/\//.test(clean)) return [];
  return parseByline(`By ${clean}`)?.authors ?? [clean];
}

/** Read the page's own metadata; each field null (or empty) when the page does not state it. */
export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const tags = metaTags(doc);
  const first = (...keys: string[]) => keys.map((k) => tags.get(k)?.[0]).find((v) => v) ?? null;
  const ld = readJsonLd(doc);
  const metaAuthors = [...(tags.get('author') ?? []), ...(tags.get('article:author') ?? [])].flatMap(authorNames);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || null;
  const url = canonical ?? first('og:url') ?? ld?.url ?? null;
  return {
    title: first('og:title', 'twitter:title') ?? ld?.headline ?? null,
    source: first('og:site_name', 'application-name') ?? ld?.publisher ?? null,
    date: findPageDate(doc, url, ld)?.date ?? null,
    authors: [...new Set(metaAuthors.length > 0 ? metaAuthors : (ld?.authors ?? []).flatMap(authorNames))],
    url,
  };
}
