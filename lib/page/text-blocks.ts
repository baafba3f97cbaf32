import { articleSkips } from './article-skips';
import { linkOf, linkOnlySkips } from './link-text';
import { type Resumable, runAtOnce } from './time-slice';

/** Elements that start a block of text: their text is read as one unit, never run together with a neighbour's. */
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'blockquote',
  'figcaption',
  'caption',
  'td',
  'th',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'body',
  'summary',
  'details',
  'address',
  'figure',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'hgroup',
  'fieldset',
  'legend',
]);

/** A text node's place in its block's text. */
export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

/** One block's text as sent to the background, with the way back to the DOM. */
export interface PageBlock {
  element: Element;
  /**
   * The block's text nodes in order, each whitespace character turned into a space (source
   * line breaks inside a paragraph are not sentence breaks); a `<br>`, and a block inside this
   * one, read as a space between the text around them. Offsets map back one to one.
   */
  text: string;
  segments: Segment[];
}

/** Blocks without a capital letter name nobody: not worth a message. */
const CAN_NAME = /\p{Lu}/u;

const HAS_LETTER = /\p{L}/u;

function blockOf(node: Node, scope: Element): Element {
  for (let el = node.parentElement; el && el !== scope; el = el.parentElement) if (BLOCK_TAGS.has(el.localName)) return el;
  return scope;
}

/** `blockOf` remembered per parent element: the text nodes of a paragraph (and of its links) share their parents. */
function blocksByParent(scope: Element): (node: Node) => Element {
  const known = new Map<Element | null, Element>();
  return (node) => {
    const parent = node.parentElement;
    let block = known.get(parent);
    if (!block) {
      block = blockOf(node, scope);
      known.set(parent, block);
    }
    return block;
  };
}

/** Nodes read between looks at the time budget: a look costs a clock read, a node well under a microsecond. */
const NODES_PER_CHECK = 200;

/** The node after `node` in document order within `scope`: its first child when `enter`, else the next node outside it. */
function following(node: Node, scope: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== scope; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * The blocks of text inside `scope` (itself included), in document order, leaving out skipped
 * elements (skip.ts) and blocks whose every word is a link among other links (link-text.ts). `scope` is the article root, or for a rescan a block the page changed
 * inside `root`, the article root: chrome is judged below the root, never on the elements
 * holding it. Yields every NODES_PER_CHECK nodes, so a long article can be read in slices
 * (time-slice.ts).
 */
export function* readBlocks(scope: Element, root: Element = scope): Resumable<PageBlock[]> {
  const { skips, inSkipped } = articleSkips(root);
  if (inSkipped(scope)) return [];
  /** Per block: its text's parts, their length, its text nodes, and whether any letter of it lies outside a link. */
  const blocks = new Map<Element, { parts: string[]; length: number; segments: Segment[]; unlinked: boolean }>();
  const blockOfNode = blocksByParent(scope);
  /** Whether each parent element of text lies inside a link: a paragraph's text nodes share a few parents. */
  const linked = new Map<Element | null, boolean>();
  const inLink = (node: Node) => {
    let known = linked.get(node.parentElement);
    if (known === undefined) {
      known = linkOf(node, root) !== null;
      linked.set(node.parentElement, known);
    }
    return known;
  };
  let read = 0;
  let previous: Element | null = null;
  // A walk of its own, not a TreeWalker with a filter: the browser's call into the filter for
  // every element was most of the cost of reading a page (BENCHMARKS.md, real news pages).
  for (let node: Node | null = scope.firstChild; node; ) {
    // Skipped elements are left out with everything inside, even a <br>: a page script can give one children.
    const isText = node.nodeType === Node.TEXT_NODE;
    const readable = isText || (node.nodeType === Node.ELEMENT_NODE && !skips(node as Element));
    const current: Node = node;
    node = following(current, scope, readable);
    if (!readable || !(isText || (current as Element).localName === 'br')) continue;
    if (++read % NODES_PER_CHECK === 0) yield;
    const element = blockOfNode(current);
    let block = blocks.get(element);
    if (!block) {
      block = { parts: [], length: 0, segments: [], unlinked: false };
      blocks.set(element, block);
    } else if (element !== previous) {
      // Back in a block after one inside it ("Talks<div>…</div>Seoul"): the two sides render on
      // separate lines, and must not read as one word.
      block.parts.push(' ');
      block.length += 1;
    }
    previous = element;
    const text = isText ? (current as Text).data : ' ';
    if (isText) {
      block.segments.push({ node: current as Text, start: block.length });
      if (!block.unlinked && HAS_LETTER.test(text) && !inLink(current)) block.unlinked = true;
    }
    block.parts.push(text);
    block.length += text.length;
  }
  const found: PageBlock[] = [];
  const amongLinks = linkOnlySkips(root);
  for (const [element, b] of blocks) {
    if (++read % NODES_PER_CHECK === 0) yield;
    // Whitespace made spaces once per block, not per text node: each character stays in its place.
    const text = b.parts.join('').replace(/\s/g, ' ');
    if (CAN_NAME.test(text) && (b.unlinked || !amongLinks(element))) found.push({ element, text, segments: b.segments });
  }
  return found;
}

/** `readBlocks` at once. */
export function collectBlocks(scope: Element, root: Element = scope): PageBlock[] {
  return runAtOnce(readBlocks(scope, root));
}

/** Where to rescan after `node` changed: its nearest block inside `root` (or `root`); null when outside `root`. */
export function rescanScope(node: Node, root: Element): Element | null {
  if (!root.contains(node)) return null;
  for (let el = node instanceof Element ? node : node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.localName)) return el;
  }
  return root;
}

/** `scopes` without those inside another one. */
export function outermost(scopes: Iterable<Element>): Element[] {
  const list = [...new Set(scopes)];
  return list.filter((s) => !list.some((other) => other !== s && other.contains(s)));
}
