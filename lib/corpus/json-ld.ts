/**
 * The NewsArticle (or Article, BlogPosting…) record a page declares in JSON-LD, the
 * metadata source news sites fill most reliably.
 */

/** The JSON-LD fields the corpus uses, as plain strings. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const nameOf = (v: unknown) => str(v) ?? (isObject(v) ? str(v.name) : null);
const isArticleType = (t: unknown): boolean => (Array.isArray(t) ? t.some(isArticleType) : typeof t === 'string' && /(?:Article|BlogPosting)$/.test(t));

/** Every object in a JSON-LD value, looking into arrays and `@graph`. */
function* objects(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* objects(value['@graph']);
  }
}

/** The first article record among the page's `<script type="application/ld+json">` blocks, or null. */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // sites ship broken JSON-LD often enough; the meta tags still count
    }
    for (const item of objects(parsed)) {
      if (!isArticleType(item['@type'])) continue;
      const authors = [item.author]
        .flat()
        .map(nameOf)
        .filter((n): n is string => n !== null);
      const page = item.mainEntityOfPage;
      return {
        headline: str(item.headline) ?? str(item.name),
        datePublished: str(item.datePublished) ?? str(item.dateCreated),
        authors,
        publisher: nameOf(item.publisher),
        url: str(item.url) ?? str(page) ?? (isObject(page) ? str(page['@id']) : null),
      };
    }
  }
  return null;
}
