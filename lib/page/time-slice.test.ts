// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBlocks } from './text-blocks';
import { runAtOnce, runInSlices, type Slicer } from './time-slice';

/** A slicer whose budget is always spent: it counts the pauses it is asked for. */
function spentSlicer(): Slicer & { pauses: number } {
  return {
    pauses: 0,
    due: () => true,
    async pause() {
      this.pauses++;
    },
  };
}

describe('reading blocks in slices', () => {
  it('reads the same blocks as at once, yielding to the page along the way', async () => {
    document.body.innerHTML = Array.from({ length: 500 }, (_, i) => `<p>Antony <b>Blinken</b> in Seoul, paragraph ${i}</p>`).join('');
    const atOnce = runAtOnce(readBlocks(document.body));
    const slicer = spentSlicer();
    const sliced = await runInSlices(readBlocks(document.body), slicer);
    expect(sliced.map((b) => b.text)).toEqual(atOnce.map((b) => b.text));
    expect(sliced.map((b) => b.segments.map((s) => s.node))).toEqual(atOnce.map((b) => b.segments.map((s) => s.node)));
    expect(slicer.pauses).toBeGreaterThan(5);
  });

  it('does not pause while the budget lasts', async () => {
    document.body.innerHTML = '<p>Seoul</p>'.repeat(1000);
    const slicer = { ...spentSlicer(), due: () => false };
    await runInSlices(readBlocks(document.body), slicer);
    expect(slicer.pauses).toBe(0);
  });
});
