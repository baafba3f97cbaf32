import { describe, expect, it } from 'vitest';
import { parseByline } from '../../lib/corpus/byline';

describe('parseByline', () => {
  it.each([
    ['- By Matthew Lee and Kim Tong-Hyung', ['Matthew Lee', 'Kim Tong-Hyung'], null],
    ['By A. B. Smith, Jane Doe and Carl de la Cruz', ['A. B. Smith', 'Jane Doe', 'Carl de la Cruz'], null],
    ['By JANE DOE | Associated Press | Nov. 9, 2023', ['Jane Doe'], '2023-11-09'],
    ['By Jane Doe, Staff Writer', ['Jane Doe'], null],
    ['By Jane Doe in Seoul', ['Jane Doe'], null],
    ['Written by Ana María López & Tom O’Neil', ['Ana María López', 'Tom O’Neil'], null],
    ['By Reuters', [], null],
  ])('%s', (line, authors, date) => {
    expect(parseByline(line)).toEqual({ authors, date });
  });

  it.each(['By the time the talks ended, nothing was agreed', 'By 2025 the plan will be done', 'Bystanders said'])('not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});
