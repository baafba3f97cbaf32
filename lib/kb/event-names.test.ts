import { describe, expect, it } from 'vitest';
import CUES from '../nlp/data/mention-cues.json';
import { AWARD_HEADS, EVENT_HEADS } from '../nlp/non-name-words';
import { namesAnEvent } from './event-names';

describe('names of events', () => {
  it('reads an event’s kind as a name’s last word, detection’s and the KB’s', () => {
    expect(namesAnEvent('varnel fire')).toBe(true);
    expect(namesAnEvent('quenwick conference semifinals')).toBe(true);
    expect(namesAnEvent('orsk games')).toBe(true);
  });

  it('keeps one word, another last word, and a body “of” an event', () => {
    expect(namesAnEvent('fire')).toBe(false);
    expect(namesAnEvent('varnel fire brigade')).toBe(false);
    expect(namesAnEvent('federation of quenwick games')).toBe(false);
  });

  it('lists each kind once, and none detection already drops', () => {
    expect(new Set(CUES.eventHeads).size).toBe(CUES.eventHeads.length);
    expect(CUES.eventHeads.filter((w) => EVENT_HEADS.has(w) || AWARD_HEADS.has(w))).toEqual([]);
  });
});
