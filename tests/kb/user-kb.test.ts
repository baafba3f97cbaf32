import { describe, expect, it } from 'vitest';
import { readText } from '../../lib/corpus/read-text';
import { articleState, USER_KB_FORMAT, userKb, userKbBuilder, userKbKey } from '../../lib/kb/user-kb';
import { toArticle, toUserArticle } from '../../lib/user-corpus/user-article';
import { userStory } from '../user-corpus/user-story';

const states = [
  toUserArticle(userStory(), 1),
  toUserArticle(readText('a.txt', 'Harbour fees rise again\n\nGDANSK — Port officials raised fees on Monday, said Ewa Nowak of the Baltic Port Board.'), 2),
  toUserArticle(
    readText('b.txt', 'Ferry link reopens\n\nTALLINN — Ewa Nowak said on Friday that the ferry link to Gdansk reopened after a week of storms.'),
    3,
  ),
].map((a) => articleState(toArticle(a)));

describe("the user's KB", () => {
  it('is the same built a state at a time, in any order, and in steps, as at once: a build may yield between them', () => {
    const whole = userKb(states);
    const builder = userKbBuilder();
    for (const s of [...states].reverse()) builder.add(s);
    expect(JSON.stringify(builder.kb())).toBe(JSON.stringify(whole));
    // In steps, as the service worker builds it (yielding between them): the same KB.
    const steps = builder.kbSteps();
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(1);
    expect(JSON.stringify(next.value)).toBe(JSON.stringify(whole));
    expect(whole?.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['ewa-nowak', 'gdansk']));
    expect(userKbBuilder().kb()).toBeNull();
  });

  it('has a stored key that changes with the corpus, the states and the extension, naming the stored layout', () => {
    const parts = { corpus: 7, states: 'kb 3, state 1; KB of 2026-01-01', build: '0.1.0' };
    const key = userKbKey(parts);
    expect(key).toContain(USER_KB_FORMAT);
    expect(userKbKey({ ...parts })).toBe(key);
    for (const changed of [{ corpus: 8 }, { states: 'kb 3, state 2; KB of 2026-01-01' }, { build: '0.1.1' }])
      expect(userKbKey({ ...parts, ...changed })).not.toBe(key);
  });
});
