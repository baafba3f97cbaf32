import { describe, expect, it } from 'vitest';
import { documentHeadAt, encodeDocumentHeads } from './document-heads';

describe('document heads', () => {
  it('gives back each document date and source number, none as -1', () => {
    const heads = encodeDocumentHeads([0, 5, -1, 63], [2, -1, 7, 1]);
    expect(heads.width).toBe(2);
    expect([0, 1, 2, 3].map((n) => documentHeadAt(heads, n))).toEqual([
      { date: 0, source: 2 },
      { date: 5, source: -1 },
      { date: -1, source: 7 },
      { date: 63, source: 1 },
    ]);
    expect(documentHeadAt(heads, 4)).toBeNull();
    expect(documentHeadAt(heads, -1)).toBeNull();
  });

  it('widens its numbers as the string table grows', () => {
    const big = [0, 4095, 4096, 262_143];
    const heads = encodeDocumentHeads(big, big);
    expect(heads.width).toBe(4);
    expect(big.map((_, n) => documentHeadAt(heads, n)?.date)).toEqual(big);
    expect(encodeDocumentHeads([], []).table).toBe('');
  });
});
