import { describe, expect, it } from 'vitest';
import { createKbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import { bundledKb } from '../kb/bundled-kb';

const linked = async (text: string) => {
  const index = createKbIndex(await bundledKb());
  return annotate(index, text).mentions.map((m) => [m.text, m.entity?.name ?? null, m.reason] as const);
};

describe('annotate', () => {
  it('links names, aliases and surnames, and reports unknown entities unlinked', async () => {
    const text = 'Foreign Minister Park met Antony Blinken in Seoul. Blinken praised the DPRK talks. Jane Holloway of Oslo agreed.';
    expect(await linked(text)).toEqual([
      ['Park', 'Park Jin', 'surname of Park Jin, South Korean Foreign Minister'],
      ['Antony Blinken', 'Antony Blinken', 'name'],
      ['Seoul', 'Seoul', 'name'],
      ['Blinken', 'Antony Blinken', expect.stringMatching(/^surname of Antony Blinken/)],
      ['DPRK', 'North Korea', 'alias "DPRK"'],
      ['Jane Holloway', null, ''],
      ['Oslo', null, ''],
    ]);
  });

  it('offsets index the text', async () => {
    const index = createKbIndex(await bundledKb());
    const text = 'Shipments from Pyongyang reached Moscow, said Lloyd Austin.';
    for (const m of annotate(index, text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not link a KB surname inside a longer unknown name', async () => {
    const mentions = await linked('Daniel Park walked through Zilker Park with Stefan Miller.');
    expect(mentions.filter(([, entity]) => entity !== null)).toEqual([]);
  });
});
