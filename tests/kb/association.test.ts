import { describe, expect, it } from 'vitest';
import { association } from '../../lib/kb/association';

describe('association', () => {
  it('is about zero for a pair that meets as often as chance would have it', () => {
    // a in 100 of 10,000 sentences, b in 1,000: chance puts them together 10 times.
    expect(Math.abs(association(10, 100, 1000, 10_000))).toBeLessThan(0.01);
  });

  it('is negative for a pair that meets less often than chance', () => {
    expect(association(2, 100, 1000, 10_000)).toBeLessThan(0);
  });

  it('ranks a partner met mostly together above the ever-present one met more often', () => {
    // The ever-present partner (b in half the sentences) meets a 60 times, near its chance of 50;
    // the close partner (in 30 sentences) meets a 25 times.
    const everywhere = association(60, 100, 5000, 10_000);
    const close = association(25, 100, 30, 10_000);
    expect(close).toBeGreaterThan(everywhere);
  });

  it('ranks more evidence above less at the same rate: two names met once together are not a bond', () => {
    expect(association(20, 20, 20, 10_000)).toBeGreaterThan(association(1, 1, 1, 10_000));
  });
});
