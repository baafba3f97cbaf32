/**
 * Arbitrary DOM trees of the kinds pages mix with their articles: paragraphs and inline
 * markup, forms, editors, scripts, styles, code, SVG, page chrome by class, role or
 * attribute, and text of every shape. Built with DOM calls, so the tree is exactly as generated.
 */
import fc from 'fast-check';

export type DomSpec = { text: string } | { tag: string; attrs: [string, string][]; children: DomSpec[] };

const TAGS = [
  'p',
  'div',
  'span',
  'em',
  'b',
  'a',
  'article',
  'section',
  'header',
  'footer',
  'ul',
  'li',
  'h2',
  'blockquote',
  'td',
  'br',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'script',
  'style',
  'code',
  'pre',
  'svg',
  'nav',
  'aside',
  'template',
  'noscript',
];

const VOID = new Set(['br', 'input']);

const ATTRS: [string, string][] = [
  ['contenteditable', ''],
  ['contenteditable', 'true'],
  ['contenteditable', 'false'],
  ['contenteditable', 'plaintext-only'],
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['class', 'story body'],
  ['class', 'share-bar'],
  ['class', 'Ad_slot'],
  ['id', 'comments'],
  ['role', 'navigation'],
  ['role', 'textbox'],
  ['role', 'main'],
];

const TEXTS = ['Park Jin', ' met ', 'NATO', '\n  in Seoul.\t', 'lowercase only', '\u00a0', '  ', 'Ünïcödé 東京', '\ud800 lone'];
const text = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TEXTS) }, fc.string({ unit: 'binary', maxLength: 10 }));

const { node } = fc.letrec<{ node: DomSpec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t) => ({ text: t })),
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attrs: fc.subarray(ATTRS, { maxLength: 2 }),
        children: fc.array(tie('node'), { maxLength: 4 }),
      })
      // Void elements get no children, as the HTML parser makes them.
      .map((el) => (VOID.has(el.tag) ? { ...el, children: [] } : el)),
  ),
}));

/** The children of a page's body. */
export const bodySpec = fc.array(node, { minLength: 1, maxLength: 5 });

const SVG = 'http://www.w3.org/2000/svg';

/** Builds `spec` under `parent`; inside an <svg> elements are SVG elements, as a parser makes them. */
export function build(parent: Node, spec: DomSpec, inSvg = false): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  if ('text' in spec) {
    parent.appendChild(doc.createTextNode(spec.text));
    return;
  }
  const svg = inSvg || spec.tag === 'svg';
  const element = svg ? doc.createElementNS(SVG, inSvg ? 'text' : 'svg') : doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) element.setAttribute(name, value);
  for (const child of spec.children) build(element, child, svg);
  parent.appendChild(element);
}
