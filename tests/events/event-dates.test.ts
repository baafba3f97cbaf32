import { describe, expect, it } from 'vitest';
import { writtenDate } from '../../lib/kb/event-dates';

describe('writtenDate', () => {
  it.each([
    ['the envoys will meet on September 3 and 4', '2024-08-30', '2024-09-03'],
    ['they met on Nov. 3, 2023 in Geneva', '2024-01-10', '2023-11-03'],
    ['talks held on 28 December', '2024-01-05', '2023-12-28'],
    ['talks held on 28 December', null, null],
    ['strikes resumed in March 2024', '2024-03-10', null],
    ['no date here', '2024-03-10', null],
  ])('"%s" in an article of %s → %s', (text, articleDate, expected) => {
    expect(writtenDate(text, articleDate)).toBe(expected);
  });
});
