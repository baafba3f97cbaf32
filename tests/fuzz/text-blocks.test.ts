// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSkips } from '../../lib/page/article-skips';
import { blockRange } from '../../lib/page/block-range';
import { collectBlocks, type PageBlock } from '../../lib/page/text-blocks';
import { fuzzParams } from './fuzz-params';
import { bodySpec, build, type DomSpec } from './random-dom';

/** Elements whose text must never be read, named here independently of skip.ts's own lists. */
const HAZARDS = 'input, textarea, select, button, script, style, code, pre, svg, template, noscript, [contenteditable]:not([contenteditable="false"])';

function render(spec: DomSpec[]): PageBlock[] {
  document.body.replaceChildren();
  for (const child of spec) build(document.body, child);
  return collectBlocks(document.body);
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

describe('collectBlocks on any DOM', () => {
  it('never reads text inside forms, editors, scripts, styles, code or SVG', () => {
    fc.assert(
      fc.property(bodySpec, (spec) => {
        for (const block of render(spec)) {
          for (const { node } of block.segments) expect(node.parentElement?.closest(HAZARDS) ?? null, node.data).toBeNull();
          expect(block.element.closest(HAZARDS)).toBeNull();
        }
      }),
      fuzzParams(400),
    );
  });

  it('builds each block from its own text nodes only, offsets one to one, a <br> as one space', () => {
    fc.assert(
      fc.property(bodySpec, (spec) => {
        for (const block of render(spec)) {
          let covered = 0;
          for (const { node, start } of block.segments) {
            expect(block.element.contains(node)).toBe(true);
            // Between two text nodes only <br> spaces: no text from anywhere else.
            expect(block.text.slice(covered, start)).toMatch(/^ *$/);
            expect(block.text.slice(start, start + node.length)).toBe(node.data.replace(/\s/g, ' '));
            covered = start + node.length;
          }
          expect(block.text.slice(covered)).toMatch(/^ *$/);
          expect(block.text).toMatch(/\p{Lu}/u);
        }
      }),
      fuzzParams(400),
    );
  });

  it('reads every text node outside skipped elements exactly once, when its block can name someone', () => {
    fc.assert(
      fc.property(bodySpec, (spec) => {
        const blocks = render(spec);
        const read = blocks.flatMap((b) => b.segments.map((s) => s.node));
        const { inSkipped } = articleSkips(document.body);
        expect(new Set(read).size).toBe(read.length);
        for (const node of textNodes(document.body)) {
          if (read.includes(node)) expect(inSkipped(node)).toBe(false);
          else if (!inSkipped(node) && /\p{Lu}/u.test(node.data)) expect.fail(`unread: ${JSON.stringify(node.data)}`);
        }
      }),
      fuzzParams(300),
    );
  });

  it('maps any span of a text node back to that node', () => {
    const withSpan = fc.tuple(bodySpec, fc.nat(), fc.nat(), fc.nat());
    fc.assert(
      fc.property(withSpan, ([spec, pick, a, b]) => {
        const segments = render(spec).flatMap((block) => block.segments.filter((s) => s.node.length > 0).map((s) => ({ block, ...s })));
        const segment = segments[pick % Math.max(1, segments.length)];
        if (!segment) return;
        const [from, to] = [a % segment.node.length, b % segment.node.length].sort((x, y) => x - y) as [number, number];
        const found = blockRange(segment.block, segment.start + from, segment.start + to + 1);
        expect(found?.nodes).toEqual([segment.node]);
        expect(found?.range.toString()).toBe(segment.node.data.slice(from, to + 1));
      }),
      fuzzParams(300),
    );
  });
});
