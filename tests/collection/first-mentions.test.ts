import { describe, expect, it } from 'vitest';
import { firstMentions } from '../../lib/collection/first-mentions';
import { sentenceAt } from '../../lib/collection/sentence-at';

describe('sentenceAt', () => {
  const text = 'The talks ended late. Foreign Minister Park spoke first! Then the others left.';
  it('gives the sentence holding the span', () => {
    const at = text.indexOf('Park');
    expect(sentenceAt(text, at, at + 4)).toBe('Foreign Minister Park spoke first!');
    expect(sentenceAt(text, 0, 3)).toBe('The talks ended late.');
    expect(sentenceAt(text, text.indexOf('others'), text.indexOf('others') + 6)).toBe('Then the others left.');
  });
  it('keeps a span with a full stop inside whole ("U.S. officials")', () => {
    const t = 'Before that. The U.S. team arrived. After.';
    expect(sentenceAt(t, t.indexOf('U.S.'), t.indexOf('U.S.') + 4)).toBe('The U.S. team arrived.');
  });
  it('does not end a sentence at initials or a title ("U.S. Secretary", "Gen. Lee")', () => {
    const t = 'SEOUL — U.S. Secretary Blinken met Gen. Lee and J. Park. Then he left.';
    expect(sentenceAt(t, t.indexOf('Lee'), t.indexOf('Lee') + 3)).toBe('SEOUL — U.S. Secretary Blinken met Gen. Lee and J. Park.');
    expect(sentenceAt(t, t.indexOf('Then'), t.indexOf('Then') + 4)).toBe('Then he left.');
  });
});

describe('firstMentions', () => {
  it('gives each entity and event once, at its first mention in page order, with its sentence', () => {
    const b1 = 'Seoul hosted the talks. Park Jin spoke.';
    const b2 = 'Later, Park met reporters in Seoul.';
    const found = firstMentions([
      {
        text: b1,
        marks: [
          { start: 24, end: 32, id: 'park-jin', type: 'person' },
          { start: 0, end: 5, id: 'seoul', type: 'place' },
        ],
        events: [{ id: 'talks', label: 'Talks in Seoul', start: 0, end: 23 }],
      },
      {
        text: b2,
        marks: [
          { start: 7, end: 11, id: 'park-jin', type: 'person' },
          { start: 29, end: 34, id: 'seoul', type: 'place' },
        ],
        events: [],
      },
    ]);
    expect(found).toEqual([
      { kind: 'entity', id: 'seoul', type: 'place', surface: 'Seoul', sentence: 'Seoul hosted the talks.' },
      { kind: 'event', id: 'talks', type: 'event', surface: 'Seoul hosted the talks.', sentence: 'Seoul hosted the talks.' },
      { kind: 'entity', id: 'park-jin', type: 'person', surface: 'Park Jin', sentence: 'Park Jin spoke.' },
    ]);
  });
});
