import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCell, encodeCell, type ImpliedKey, lookupLine, tableRows, toLineTable } from './line-table';

const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

  it('leaves out the keys their values imply, and finds and gives back every key all the same', () => {
    // A value implies its first field, lowercased, unless that field holds a "q".
    const implied: ImpliedKey = (value) => {
      const first = value.split('\t')[0] as string;
      return first.includes('q') ? null : first.toLowerCase();
    };
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((k) => !/[\t\n]/.test(k));
    const rows = fc.uniqueArray(fc.tuple(word, fc.boolean()), { selector: ([name]) => name.toLowerCase(), maxLength: 40 });
    fc.assert(
      fc.property(rows, (list) => {
        // Half the keys are what their values imply; the others a key of their own.
        const entries = list.map(([name, own], i): [string, string] => [own ? `${name.toLowerCase()}#${i}` : name.toLowerCase(), `${name}\tv${i}`]);
        const table = toLineTable(entries, implied);
        for (const [key, value] of entries) expect(lookupLine(table, key, implied)).toBe(value);
        expect(tableRows(table, implied)).toEqual([...entries].sort(([a], [b]) => byCode(encodeCell(a), encodeCell(b))));
        const left = entries.filter(([key, value]) => implied(value) === key).length;
        expect(table ? table.split('\n').filter((line) => line.startsWith('\t')).length : 0).toBe(left);
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  it('keeps tabs and newlines out of keys, newlines out of values (tabs separate their fields)', () => {
    const table = toLineTable([['a\tb', 'x\ny\tz']]);
    expect(lookupLine(table, 'a b')).toBe('x y\tz');
  });

  it('is ASCII whatever its keys and values, and gives them back', () => {
    const table = toLineTable([
      ['zoë', 'Zoë Ngũgĩ\tperson'],
      ['zoe', 'Zoe\u007f 🌍'],
      ['ōsaka', 'Ōsaka'],
    ]);
    expect(isAscii(table)).toBe(true);
    expect(lookupLine(table, 'zoë')).toBe('Zoë Ngũgĩ\tperson');
    expect(lookupLine(table, 'zoe')).toBe('Zoe\u007f 🌍');
    expect(tableRows(table)).toEqual([
      ['zoe', 'Zoe\u007f 🌍'],
      ['zoë', 'Zoë Ngũgĩ\tperson'],
      ['ōsaka', 'Ōsaka'],
    ]);
  });

  it('encodes cells so that they sort as the text did, and decodes them back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const [x, y] = [encodeCell(a), encodeCell(b)];
        expect(isAscii(x)).toBe(true);
        expect(decodeCell(x)).toBe(a);
        expect(byCode(x, y)).toBe(byCode(a, b));
        expect(decodeCell(encodeCell(a, ['\n']))).toBe(a);
        expect(encodeCell(a, ['\n'])).not.toContain('\n');
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
