import { describe, expect, it } from 'vitest';
import DATA from './data/english-words.json';
import { isLowercaseEnglishWord } from './english-words';
import { isCountryOrCapital } from './gazetteer';

describe('English words that are never names', () => {
  it('holds words English writes only in lowercase, and their plurals, whatever the case written', () => {
    expect(['Image', 'street', 'Climate', 'Excellent', 'Motors', 'Communications'].map(isLowercaseEnglishWord)).toEqual([true, true, true, true, true, true]);
  });

  it('leaves out names, and words English also writes capitalized as names', () => {
    expect(['Blinken', 'China', 'Turkey', 'Amazon', 'Paris', 'Obama'].map(isLowercaseEnglishWord)).toEqual([false, false, false, false, false, false]);
  });

  it('is sorted, without duplicates, and holds no country or capital the gazetteer knows', () => {
    const words = DATA.words.split(' ');
    expect(words).toEqual([...new Set(words)].sort());
    // "Island" is Iceland's own name among the gazetteer's alternative spellings, never written so in English.
    expect(words.filter((w) => isCountryOrCapital(w))).toEqual(['island']);
  });
});
