import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parseLine } from './parse-line';

const LINES = [
  'U.S. Secretary of State Antony Blinken met Park Jin in Seoul on Tuesday.',
  "North Korea's troops were deployed in Kursk. Russian missiles and drones struck Kyiv.",
  'SEOUL (Reuters) - Home Depot CEO Bob Nardelli said shares of Magna rose 3 percent.',
];

describe('parseLine', () => {
  it.each(LINES)('reads %s with the tags and offsets of nlp(line)', (line) => {
    const full = nlp(line).json({ offset: true, terms: { offset: true } }) as {
      offset: object;
      terms: { text: string; post: string; tags: string[]; offset: object }[];
    }[];
    const expected = full.map((s) => ({ offset: s.offset, terms: s.terms.map(({ text, post, tags, offset }) => ({ text, post, tags, offset })) }));
    expect(parseLine(line)).toEqual(expected);
  });

  it('parses a line once: the same line gives the same result', () => {
    expect(parseLine(LINES[0] as string)).toBe(parseLine(LINES[0] as string));
  });
});
