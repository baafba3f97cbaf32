/**
 * The date a web page says its article was published, found where pages give it: meta tags
 * (under `property`, `name` or `itemprop`), JSON-LD, a `<time datetime>` of the article, or a
 * /YYYY/MM/DD/ path in its address. One finder for the corpus reader (linkedom) and the content
 * script (the live page), so a page gets the same date in both.
 */
import { type JsonLdArticle, readJsonLd } from './json-ld';
import { parseStatedDate } from './parse-date';

/** Where the date came from, most reliable first. */
export type PageDateSource = 'meta' | 'json-ld' | 'time' | 'url';

export interface PageDate {
  /** YYYY-MM-DD, as the page writes it (its own time zone, not converted). */
  date: string;
  source: PageDateSource;
}

/** Meta fields (lowercased) that hold the publication date, as news sites name them. */
export const PUBLISHED_DATE_KEYS: readonly string[] = [
  'article:published_time',
  'article:published',
  'article:publicationdate',
  'datepublished',
  'published_at',
  'date',
  'pubdate',
  'pdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'parsely-pub-date',
  'sailthru.date',
];

const publishedKeys = new Set(PUBLISHED_DATE_KEYS);

/** The attributes a meta tag names its field by; pages often give two ("article:published" and "datePublished"). */
const metaKeyAttributes = ['property', 'name', 'itemprop'] as const;

/**
 * The meta tags named by one of PUBLISHED_DATE_KEYS (any case), found by the browser's own
 * selector engine: live pages carry dozens of others (descriptions, image addresses), and
 * reading each one's attributes from script, let alone trying each as a date, was a share of
 * the content script's time (BENCHMARKS.md, real news pages).
 */
const PUBLISHED_META = metaKeyAttributes.flatMap((a) => PUBLISHED_DATE_KEYS.map((k) => `meta[${a}="${k}" i][content]`)).join(', ');

/** The date of the published-date meta tag that comes first in PUBLISHED_DATE_KEYS' order. */
function metaDate(doc: Document): string | null {
  const byKey = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll(PUBLISHED_META))) {
    const keys = metaKeyAttributes
      .map((attribute) => meta.getAttribute(attribute)?.toLowerCase())
      .filter((key): key is string => !!key && publishedKeys.has(key) && !byKey.has(key));
    if (!keys.length) continue;
    const date = parseStatedDate(meta.getAttribute('content') ?? '');
    if (date) for (const key of keys) byKey.set(key, date);
  }
  return PUBLISHED_DATE_KEYS.map((k) => byKey.get(k)).find((d) => d !== undefined) ?? null;
}

/** Page furniture whose times belong to other articles (lists of related stories, comment threads). */
const otherArticles = 'nav, aside, footer';

/** The article's `<time datetime>`: one marked as the publication date, else the first outside page furniture. */
function timeElementDate(doc: Document): string | null {
  const marked = doc.querySelector('time[datetime][itemprop~="datePublished"], time[datetime][pubdate]');
  const times = marked ? [marked] : Array.from(doc.querySelectorAll('time[datetime]')).filter((t) => !t.closest(otherArticles));
  for (const time of times) {
    const date = parseStatedDate(time.getAttribute('datetime') ?? '');
    if (date) return date;
  }
  return null;
}

/** A /YYYY/MM/DD/ path, as many news sites file their articles. */
function urlDate(url: string | null | undefined): string | null {
  const m = url ? /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(url) : null;
  return m ? parseStatedDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/**
 * The page's publication date and where it was found, or null when the page does not give one.
 * `url` is the page's address (its canonical link is read too); `ld` its JSON-LD article when the
 * caller has read it already (read here otherwise, and only when no meta tag gives the date).
 */
export function findPageDate(doc: Document, url?: string | null, ld?: JsonLdArticle | null): PageDate | null {
  const meta = metaDate(doc);
  if (meta) return { date: meta, source: 'meta' };
  const stated = (ld === undefined ? readJsonLd(doc) : ld)?.datePublished;
  const ldDate = stated ? parseStatedDate(stated) : null;
  if (ldDate) return { date: ldDate, source: 'json-ld' };
  const time = timeElementDate(doc);
  if (time) return { date: time, source: 'time' };
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const fromUrl = urlDate(canonical) ?? urlDate(url);
  return fromUrl ? { date: fromUrl, source: 'url' } : null;
}
