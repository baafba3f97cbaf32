/**
 * Paragraph texts of an HTML subtree, as a reader would see them: block elements and
 * <br> break paragraphs, runs of whitespace collapse. Works on any DOM implementation
 * (linkedom in node, the page's own in a browser) because it reads only node fields.
 */

const textNode = 3;
const elementNode = 1;

const blocks = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT']);

/** The texts of the paragraphs under `root`, in document order, none empty. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === textNode) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== elementNode) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (skipped.has(tag)) return;
    if (tag === 'BR') return flush();
    const block = blocks.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
