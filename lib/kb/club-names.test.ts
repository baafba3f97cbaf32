import { describe, expect, it } from 'vitest';
import { CLUB_AFTER, CLUB_BEFORE } from '../nlp/club-context';
import CUES from '../nlp/data/mention-cues.json';
import { namesAClub } from './club-names';
import { openEntity } from './entity-state';

/** A place named `name`, one document per sentence. */
function place(name: string, sentences: string[]) {
  const c = { key: `place|${name.toLowerCase()}`, ...openEntity('place') };
  c.names.set(name, sentences.length);
  for (const [i, s] of sentences.entries()) c.sentences.set(`d${i}`, [s]);
  return c;
}

describe('a town’s club', () => {
  it('reads a club where every document tells sport and none a place', () => {
    expect(namesAClub(place('Velmar Town', ['Velmar Town beat Orsk 2–1 in the play-off final.']))).toBe(true);
    expect(namesAClub(place('Velmar City', ['The striker left Velmar City for a rival.', 'Velmar City lose 0-3.']))).toBe(true);
  });

  it('keeps a place: read as one, a ground, no sport, or another last word', () => {
    expect(namesAClub(place('Velmar City', ['Fans riot in Velmar City after a 2–1 loss.']))).toBe(false);
    expect(namesAClub(place('Velmar City', ['The final is played at Velmar City.']))).toBe(false);
    expect(namesAClub(place('Velmar City', ['Velmar City beat Orsk 2–1.', 'Velmar City floods in 2012–13.']))).toBe(false);
    expect(namesAClub(place('Velmar Park', ['Velmar Park beat Orsk 2–1.']))).toBe(false);
  });

  it('has sports words of its own, none of club-context’s', () => {
    expect(CUES.sportsWords.filter((w) => CLUB_BEFORE.has(w) || CLUB_AFTER.has(w))).toEqual([]);
  });
});
