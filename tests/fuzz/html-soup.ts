/**
 * Arbitrary HTML as saved pages hold it: nested article markup, scripts, styles, meta tags
 * and JSON-LD (valid or not), comments, entities, unclosed and stray tags, and noise.
 */
import fc from 'fast-check';
import { anyText, articleText } from './news-text';

const TAGS = ['p', 'div', 'article', 'main', 'section', 'span', 'em', 'a', 'h1', 'h2', 'li', 'ul', 'table', 'td', 'aside', 'nav', 'header', 'footer', 'pre'];

const attrValue = fc.oneof(fc.constantFrom('', 'story', 'ad-slot', 'byline', 'x" onload="1', 'javascript:alert(1)', 'https://news.example/a'), anyText);

/** A leaf: text, a void or raw-text element, or broken markup. */
const leaf = fc.oneof(
  { weight: 4, arbitrary: articleText },
  anyText,
  fc.constantFrom('<br>', '<hr>', '<img src=x onerror=alert(1)>', '&amp; &lt;b&gt; &#0; &#xD800; &bogus;', '<!-- c -->', '<![CDATA[x]]>', '</p>', '<p', '<'),
  fc
    .tuple(fc.constantFrom('og:title', 'author', 'article:published_time', 'og:site_name', 'og:url'), attrValue)
    .map(([key, value]) => `<meta property="${key}" content="${value.replace(/"/g, '&quot;')}">`),
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
      fc.constant('{"@type":"NewsArticle","headline":'),
      anyText,
    )
    .map((json) => `<script type="application/ld+json">${json.replace(/<\//g, '<\\/')}</script>`),
  anyText.map((t) => `<script>${t}</script><style>${t}</style>`),
);

/** An element tree of leaves; closing tags are sometimes left out, as sloppy pages do. */
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom(...TAGS), attrValue, fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, cls, children, close]) => `<${tag} class="${cls.replace(/"/g, '')}">${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
}));

/** A page: maybe a doctype and head, then the body's markup. */
export const htmlPage = fc
  .tuple(fc.boolean(), fc.option(anyText), fc.array(node, { maxLength: 6 }))
  .map(([full, title, body]) => (full ? `<!doctype html><html><head><title>${title ?? ''}</title></head><body>${body.join('')}</body></html>` : body.join('')));
