/**
 * Names the KB lacks are still found: the matcher reports them unlinked, the background hands
 * each block its unknown names, and the popup's summary lists each once (a surname after the
 * full name counts as that name; an ALL-CAPS dateline shows as running text writes it).
 */
import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../entrypoints/background/annotate-blocks';
import { summarizePage } from '../../entrypoints/background/page-summary';
import type { TabPage } from '../../entrypoints/background/tab-pages';
import { createKbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import { bundledKb } from '../kb/bundled-kb';

const BLOCKS = [
  { id: 1, text: 'PORT ELSPETH — A family bakery won the regional rye prize on Saturday.' },
  { id: 2, text: 'The judges were led by Maria Lindqvist, who chairs the Coastal Millers Guild. Lindqvist praised the crust.' },
  { id: 3, text: 'The prize was presented in Seoul last year, but this year it stayed in Port Elspeth.' },
];

describe('unknown names', () => {
  it('are reported with entity null by the matcher', async () => {
    const { mentions } = annotate(createKbIndex(await bundledKb()), BLOCKS[1]?.text ?? '');
    expect(mentions.map((m) => [m.text, m.name, m.type, m.entity])).toEqual([
      ['Maria Lindqvist', 'Maria Lindqvist', 'person', null],
      ['Coastal Millers Guild', 'Coastal Millers Guild', 'organization', null],
      ['Lindqvist', 'Maria Lindqvist', 'person', null],
    ]);
  });

  it('reach each block with offsets into its own text, apart from the linked marks', async () => {
    const results = annotateBlocks(createKbIndex(await bundledKb()), BLOCKS);
    const texts = results.map((r, i) => r.unknown.map((u) => BLOCKS[i]?.text.slice(u.start, u.end)));
    expect(texts).toEqual([['PORT ELSPETH'], ['Maria Lindqvist', 'Coastal Millers Guild', 'Lindqvist'], ['Port Elspeth']]);
    expect(results[2]?.marks.map((m) => m.id)).toEqual(['seoul']);
  });

  it('are listed once each in the page summary, most mentioned first', async () => {
    const index = createKbIndex(await bundledKb());
    const results = annotateBlocks(index, BLOCKS);
    const page: TabPage = {
      url: 'http://example.org/',
      date: null,
      blocks: Object.fromEntries(results.map(({ id, ...r }, i) => [id, { text: BLOCKS[i]?.text ?? '', ...r }])),
    };
    expect(summarizePage(page, index).unknown).toEqual([
      { name: 'Maria Lindqvist', type: 'person', count: 2 },
      { name: 'Port Elspeth', type: 'place', count: 2 },
      { name: 'Coastal Millers Guild', type: 'organization', count: 1 },
    ]);
  });
});
