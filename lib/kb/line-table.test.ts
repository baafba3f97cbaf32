import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupLine, tableRows, toLineTable } from './line-table';

describe('line table', () => {
  it('finds every key it holds and no other, whatever the keys', () => {
    const keys = fc.uniqueArray(
      fc.string({ unit: 'grapheme', maxLength: 12 }).filter((k) => !/[\t\n]/.test(k)),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(keys, fc.string({ maxLength: 12 }), (list, probe) => {
        const table = toLineTable(list.map((k, i) => [k, `v${i}`]));
        for (const [i, k] of list.entries()) expect(lookupLine(table, k)).toBe(`v${i}`);
        if (!list.includes(probe)) expect(lookupLine(table, probe)).toBeNull();
        expect(tableRows(table).map(([k]) => k)).toEqual([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it('keeps tabs and newlines out of keys, newlines out of values (tabs separate their fields)', () => {
    const table = toLineTable([['a\tb', 'x\ny\tz']]);
    expect(lookupLine(table, 'a b')).toBe('x y\tz');
  });
});
