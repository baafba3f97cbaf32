import { describe, expect, it } from 'vitest';
import { eventDate } from '../../lib/nlp/event-date';

// 2024-03-07 is a Thursday.
const THURSDAY = '2024-03-07';
const words = (s: string) => s.split(' ');

describe('eventDate', () => {
  it.each([
    ['the ministers met on Thursday', THURSDAY],
    ['the envoy landed on Tuesday', '2024-03-05'],
    ["yesterday's raid on the depot", '2024-03-06'],
    ["Tuesday's talks in the capital", '2024-03-05'],
    ['the envoy landed last Thursday', '2024-02-29'],
    ['they will meet on Monday', '2024-03-11'],
    ['an upcoming summit on Saturday', '2024-03-09'],
    ['talks resume next Thursday', '2024-03-14'],
    ['the convoy crossed yesterday', '2024-03-06'],
    ['the convoy crosses tomorrow', '2024-03-08'],
    ['shells have been shipped for months', THURSDAY],
  ])('"%s" in an article of Thursday 7 March 2024 → %s', (clause, expected) => {
    expect(eventDate(words(clause), THURSDAY)).toBe(expected);
  });

  it('crosses month and year ends', () => {
    expect(eventDate(words('the strike came on Sunday'), '2024-01-02')).toBe('2023-12-31');
  });

  it('is null when the article is undated', () => {
    expect(eventDate(words('they met on Thursday'), null)).toBeNull();
  });
});
