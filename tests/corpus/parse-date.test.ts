import { describe, expect, it } from 'vitest';
import { parseDate, parseDateLine } from '../../lib/corpus/parse-date';

describe('parseDate', () => {
  it.each([
    ['9 Nov 2023', '2023-11-09'],
    ['9th November 2023', '2023-11-09'],
    ['Nov. 9, 2023', '2023-11-09'],
    ['November 9, 2023', '2023-11-09'],
    ['Sept. 30 2023', '2023-09-30'],
    ['Thursday, Nov. 9, 2023', '2023-11-09'],
    ['Published: 9 Nov 2023', '2023-11-09'],
    ['2023-11-09', '2023-11-09'],
    ['2023-11-09T23:30:00-05:00', '2023-11-09'],
    ['2023-11-09 08:15', '2023-11-09'],
    ['  29 Feb 2024 ', '2024-02-29'],
    ['13/11/2023', '2023-11-13'],
    ['11/13/2023', '2023-11-13'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['09/11/2023', 'day and month could be swapped'],
    ['Nov. 9', 'no year'],
    ['29 Feb 2023', 'no such day'],
    ['Sept. 31, 2023', 'no such day'],
    ['2023-13-01', 'no such month'],
    ['on 9 Nov 2023 the talks', 'not a date on its own'],
    ['yesterday', 'not a date'],
    ['', 'empty'],
  ])('%s → null (%s)', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it.each([
    ['Updated Nov. 9, 2023 at 10:32 a.m. EST', '2023-11-09'],
    ['Published 9 November 2023, 14:05 GMT | Updated 10 November 2023', '2023-11-09'],
    ['November 9, 2023', '2023-11-09'],
    ['The talks of 9 Nov 2023 ended without a deal', null],
    ['Updated moments ago', null],
  ])('parseDateLine(%s) → %s', (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });
});
