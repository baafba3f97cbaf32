import { describe, expect, it } from 'vitest';
import { isMasthead } from '../../lib/corpus/masthead';

describe('isMasthead', () => {
  it.each([
    ['The Boston Globe', 2],
    ['Reuters', 1],
    ['Al Jazeera', 1],
    ['Time.news', 1],
    ['Daily Sabah', 2],
    ['The Korea Herald', 2],
    ['Yonhap', 1],
    ['Haaretz', 3],
    ['The Hindu', 3],
  ])('%s (with %i heading lines) is a masthead', (line, headings) => {
    expect(isMasthead(line, headings)).toBe(true);
  });

  it.each([
    ['Storm Hits Coast', 3],
    ['Storm Sets Record Rainfall', 3],
    ['US and South Korea close ranks on common global issues', 3],
    ['Haaretz', 2],
    ['Talks collapse.', 3],
  ])('%s (with %i heading lines) is not', (line, headings) => {
    expect(isMasthead(line, headings)).toBe(false);
  });
});
