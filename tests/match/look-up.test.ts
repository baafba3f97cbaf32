import { describe, expect, it } from 'vitest';
import { createKbIndex } from '../../lib/kb/kb-index';
import { lookUpSelection } from '../../lib/match/look-up';
import { bundledKb } from '../kb/bundled-kb';

describe('lookUpSelection', async () => {
  const index = createKbIndex(await bundledKb());
  it.each([
    ['Antony Blinken', 'antony-blinken'],
    ['  Antony\nBlinken ', 'antony-blinken'],
    ['Secretary Blinken', 'antony-blinken'],
    ['Blinken', 'antony-blinken'],
    ['DPRK', 'north-korea'],
    ['the North Atlantic Treaty Organization', 'nato'],
    ['Park Jin', 'park-jin'],
  ])('finds %j', (text, id) => {
    expect(lookUpSelection(index, text)?.id).toBe(id);
  });

  it.each([[''], ['   '], ['a garden in spring'], ['Zilker Park'], ['x'.repeat(300)]])('finds nothing for %j', (text) => {
    expect(lookUpSelection(index, text)).toBeNull();
  });
});
