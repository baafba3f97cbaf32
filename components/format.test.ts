import { describe, expect, it } from 'vitest';
import { countOf } from './format';

describe('countOf', () => {
  it('writes a count with thousands separators in fixed English, the word plural but for one', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(999, 'dated article')).toBe('999 dated articles');
    expect(countOf(1_000, 'article')).toBe('1,000 articles');
    expect(countOf(113_877, 'article')).toBe('113,877 articles');
    expect(countOf(1_234_567, 'more event')).toBe('1,234,567 more events');
  });
});
