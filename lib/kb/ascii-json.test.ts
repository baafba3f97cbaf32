import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from './ascii-json';

const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x7f);

describe('asciiJson', () => {
  it('writes accented letters, symbols and astral characters as escapes that parse back', () => {
    const value = { name: 'Zoë Ngũgĩ – Ōsaka 🌍', quote: '“Déjà vu” \u007f', tab: 'a\tb' };
    const text = asciiJson(value);
    expect(isAscii(text)).toBe(true);
    expect(text).toContain('\\u00eb');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('gives back any value, in ASCII, whatever its strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const v of [value, text, { text }]) {
          const written = asciiJson(v);
          expect(isAscii(written)).toBe(true);
          expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
      { seed: 20261206, numRuns: 100 },
    );
  });

  it('leaves ASCII JSON as JSON.stringify writes it', () => {
    const value = { a: [1, 'two', null], b: 'plain "quoted" text\n' };
    expect(asciiJson(value)).toBe(JSON.stringify(value));
  });
});
