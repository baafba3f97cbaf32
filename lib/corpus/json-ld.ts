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

/**
 * Every object in a JSON-LD value, looking into arrays and `@graph`, in document order.
 * Iterative: JSON.parse accepts arrays nested 50,000 deep, and recursing into them
 * overflowed the stack, losing the whole page over one broken script (found by fuzzing).
 */
function* objects(value: unknown): Generator<Json> {
  const pending = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) for (let i = next.length - 1; i >= 0; i--) pending.push(next[i]);
    else if (isObject(next)) {
      yield next;
      if (next['@graph']) pending.push(next['@graph']);
    }
  }
}

/** The JSON inside a script that some sites wrap in a CDATA section, as XHTML once asked ("<![CDATA[ … ]]>", also behind "//"). */
const withoutCdata = (text: string) => text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '');

/** The first article record among the page's `<script type="application/ld+json">` blocks, or null. */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(withoutCdata(script.textContent ?? ''));
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
