import { describe, expect, it } from 'vitest';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { readText } from '../../lib/corpus/read-text';
import { buildKb, serializeKb } from '../../lib/kb/build';
import { createKbIndex } from '../../lib/kb/kb-index';
import { parseKb } from '../../lib/kb/load';
import { KB_VERSION } from '../../lib/kb/schema';
import { BUNDLED_CORPUS, bundledKb } from './bundled-kb';

describe('buildKb', () => {
  it('gives the same bytes for the same corpus, in any file order', async () => {
    const { articles } = await readCorpusPaths([BUNDLED_CORPUS]);
    const once = serializeKb(buildKb(articles));
    const again = serializeKb(buildKb([...articles].reverse()));
    expect(again).toBe(once);
  }, 60_000);

  it('refuses an empty corpus with a clear message', () => {
    expect(() => buildKb([])).toThrow(/corpus is empty/);
  });

  it('ships data that holds its own invariants: sorted unique ids, known docs, normalized aliases', async () => {
    const kb = await bundledKb();
    const ids = kb.entities.map((e) => e.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const files = new Set(kb.documents.map((d) => d.file));
    for (const e of kb.entities) {
      expect(e.docs.every((d) => files.has(d))).toBe(true);
      expect(e.aliases.every((a) => !/[’‘]/.test(a) && a === a.trim())).toBe(true);
      expect(e.related.every((r) => ids.includes(r.id) && r.id !== e.id)).toBe(true);
    }
    expect(kb.date).toBe('2023-11-09');
  });

  it('records co-occurrence: Park Jin is often mentioned with Antony Blinken', async () => {
    const kb = await bundledKb();
    const park = kb.entities.find((e) => e.name === 'Park Jin');
    const blinken = kb.entities.find((e) => e.name === 'Antony Blinken');
    expect(park?.related.map((r) => r.id)).toContain(blinken?.id);
  });

  it('never lets boilerplate feed an entity: the "Also Read" teaser adds no G7', async () => {
    const kb = await bundledKb();
    expect(kb.entities.find((e) => e.name === 'G7')).toBeUndefined();
  });

  it('builds a KB from a single article given as text', () => {
    const article = readText(
      'brief.txt',
      'Oslo, 3 March 2024 (NNA): Prime Minister Jane Holloway met the Northern Fisheries Council (NFC) in Oslo.\nHolloway said the talks went well.\n',
    );
    const kb = buildKb([article]);
    const holloway = kb.entities.find((e) => e.name === 'Jane Holloway');
    expect(holloway?.roles.map((r) => r.text)).toContain('Prime Minister');
    expect(holloway?.aliases).toContain('Holloway');
    expect(kb.entities.find((e) => e.name === 'Northern Fisheries Council')?.aliases).toContain('NFC');
  });
});

describe('parseKb', () => {
  it('refuses a KB of another schema version, saying what to do', async () => {
    const kb = await bundledKb();
    expect(() => parseKb({ ...kb, version: KB_VERSION + 1 })).toThrow(
      new RegExp(`schema version ${KB_VERSION + 1}.*reads version ${KB_VERSION}.*backstory build`),
    );
    expect(() => parseKb('nope')).toThrow(/Not a Backstory knowledge base/);
  });

  it('round-trips the serialized KB', async () => {
    const kb = await bundledKb();
    const index = createKbIndex(parseKb(JSON.parse(serializeKb(kb))));
    expect(index.entity('antony-blinken')?.name).toBe('Antony Blinken');
  });
});
