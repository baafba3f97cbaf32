import { describe, expect, it } from 'vitest';
import { aliasKey } from '../nlp/alias-key';
import { isSpellingVariant } from './name-variant';

const variant = (a: string, b: string) => isSpellingVariant(aliasKey(a), aliasKey(b));

describe('isSpellingVariant', () => {
  it.each([
    ['Cho Tae-young', 'Cho Tae-yong', true],
    ['Anthony Blinken', 'Antony Blinken', true],
    ['Matthew Millar', 'Matthew Miller', true],
    ['Stefan Miller', 'Stephen Miller', false],
    ['Stefan Miller', 'Matthew Miller', false],
    ['Daniel Park', 'Park Jin', false],
    ['Li Wei', 'Lu Wei', false],
    ['Blinken', 'Blinkin', false],
    ['Kim Jong Un', 'Kim Jong Un', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(variant(a, b)).toBe(expected);
  });
});
