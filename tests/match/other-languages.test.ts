/**
 * A page not in English: detection would take its capitalized words for names ("Según", "Las",
 * "Por Marisa Quintero Ballesta"), so only the KB's names written exactly are marked, and no
 * name is reported unknown. The page is an original fixture (tests/e2e/fixtures/spanish-story.html).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../entrypoints/background/annotate-blocks';
import { createKbIndex } from '../../lib/kb/kb-index';
import { pageLanguage } from '../../lib/nlp/page-language';
import { bundledKb } from '../kb/bundled-kb';

const PAGE = readFileSync(new URL('../e2e/fixtures/spanish-story.html', import.meta.url), 'utf8');
const BLOCKS = [...PAGE.matchAll(/<(?:h1|p)>(.*?)<\/(?:h1|p)>/g)].map((m, id) => ({ id, text: m[1] ?? '' }));
const TEXT = BLOCKS.map((b) => b.text).join('\n');

describe('a page in Spanish', () => {
  it('is told by its lang attribute, and by its words without one', () => {
    expect(pageLanguage(/<html lang="(\w+)"/.exec(PAGE)?.[1] ?? null, TEXT)).toEqual({ english: false, code: 'es' });
    expect(pageLanguage(null, TEXT)).toEqual({ english: false, code: null });
  });

  it('would get invented names if read as English', async () => {
    const results = annotateBlocks(createKbIndex(await bundledKb()), BLOCKS);
    const unknown = results.flatMap((r) => r.unknown.map((u) => u.name));
    expect(unknown).toEqual(expect.arrayContaining(['Las', 'Que', 'Por Marisa Quintero Ballesta', 'Estado de Estados Unidos']));
  });

  it('gets marks on the KB’s exact names only, no unknown names and no events', async () => {
    const results = annotateBlocks(createKbIndex(await bundledKb()), BLOCKS, { exactNamesOnly: true });
    const marked = results.flatMap((r, i) => r.marks.map((m) => `${BLOCKS[i]?.text.slice(m.start, m.end)}:${m.id}`));
    expect(marked).toEqual([
      'Antony Blinken:antony-blinken',
      'Park Jin:park-jin',
      'Park Jin:park-jin',
      'Antony Blinken:antony-blinken',
      'Washington:washington',
    ]);
    expect(results.flatMap((r) => [...r.unknown, ...r.events])).toEqual([]);
  });
});
