/**
 * The background's side of events on the page: each block gets the sentences that tell KB events
 * with offsets into its own text (what the content script marks), and the popup's page summary
 * lists each event once with its count.
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../entrypoints/background/annotate-blocks';
import { summarizePage } from '../../entrypoints/background/page-summary';
import type { TabPage } from '../../entrypoints/background/tab-pages';
import { createKbIndex } from '../../lib/kb/kb-index';
import { bundledKb } from '../kb/bundled-kb';

const SHELLS = 'Freight trains hauled shipments of shells from Pyongyang to Moscow all winter.';
const BLOCKS = [
  { id: 7, text: 'Officials met in Vienna on Monday.' },
  { id: 8, text: `The talks were short. ${SHELLS}` },
  { id: 9, text: `Analysts were not surprised. ${SHELLS}` },
];

describe('event sentences in page blocks', () => {
  it('gives each block its event sentences, offsets relative to the block', async () => {
    const index = createKbIndex(await bundledKb());
    const results = annotateBlocks(index, BLOCKS, { context: 'Antony Blinken.' });
    expect(results.map((r) => r.id)).toEqual([7, 8, 9]);
    expect(results[0]?.events).toEqual([]);
    for (const [i, result] of results.slice(1).entries()) {
      const text = BLOCKS[i + 1]?.text ?? '';
      expect(result.events).toEqual([
        { id: 'north-korea-supplies-munitions-to-russia', label: 'North Korea supplies munitions to Russia', start: text.indexOf(SHELLS), end: text.length },
      ]);
    }
  });

  it('lists each event of the page once for the popup, with how many sentences tell it', async () => {
    const index = createKbIndex(await bundledKb());
    const results = annotateBlocks(index, BLOCKS);
    const page: TabPage = {
      url: 'http://example.org/',
      date: null,
      blocks: Object.fromEntries(results.map(({ id, ...r }, i) => [id, { text: BLOCKS[i]?.text ?? '', ...r }])),
    };
    expect(summarizePage(page, index).events).toEqual([
      { id: 'north-korea-supplies-munitions-to-russia', label: 'North Korea supplies munitions to Russia', count: 2 },
    ]);
  });
});
