import { describe, expect, it } from 'vitest';
import { CLUB_AFTER, CLUB_BEFORE } from './club-context';
import WORDS from './data/club-words.json';
import { detectEntities } from './detect';

const typed = (text: string) => detectEntities(text).map((d) => `${d.text}:${d.type}`);

// Original sentences written for these tests.
describe('towns written as clubs', () => {
  it('holds lowercase words, each once, in one list only', () => {
    for (const list of [WORDS.before, WORDS.after]) {
      for (const w of list) expect(w).toMatch(/^[a-z]+$/);
      expect(list.filter((w, i) => list.indexOf(w) !== i)).toEqual([]);
    }
    expect([...CLUB_BEFORE].filter((w) => CLUB_AFTER.has(w))).toEqual([]);
  });

  it('makes a town a club after "club" or "beat", or before "fans" or "manager"', () => {
    expect(typed('The league club Bristol sacked its coach.')).toContain('Bristol:organization');
    expect(typed('Hundreds of Leicester fans marched.')).toContain('Leicester:organization');
    expect(typed('Former Leicester manager Tom Hale was hired.')).toContain('Leicester:organization');
    expect(typed('Arlen Rovers beat Leicester on Sunday.')).toContain('Leicester:organization');
  });

  it('leaves a town a place elsewhere, and a country beside those words its national side, a place', () => {
    expect(typed('Riots broke out in Leicester after the shooting.')).toContain('Leicester:place');
    expect(typed('Thousands of Brazil fans sang.')).toContain('Brazil:place');
  });
});
