import { describe, expect, it } from 'vitest';
import { aliasKey } from '../nlp/alias-key';
import { expandedKey } from './expanded-key';

const expand = (s: string) => expandedKey(aliasKey(s));

describe('expandedKey', () => {
  it.each([
    ['UN Security Council', 'United Nations Security Council'],
    ['U.S. State Department', 'United States State Department'],
    ['North Atlantic Treaty Organization summit', 'NATO summit'],
  ])('%s meets %s', (a, b) => {
    expect(expand(a)).toBe(expand(b));
  });

  it('leaves names without gazetteer parts alone', () => {
    expect(expand('Brevanti Holdings')).toBe('brevanti holdings');
  });
});
