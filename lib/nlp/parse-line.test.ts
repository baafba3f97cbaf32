import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parseLine } from './parse-line';

const LINES = [
  'U.S. Secretary of State Antony Blinken met Park Jin in Seoul on Tuesday.',
  "North Korea's troops were deployed in Kursk. Russian missiles and drones struck Kyiv.",
  'SEOUL (Reuters) - Brevanti CEO Lena Marsh said shares of Oskarn rose 3 percent.',
  'Mr. Kowalczyk and Ms. Lindqvist met Tuesday with Prime Minister Ishiba.',
];

const PEOPLE_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

type Json = { offset: object; terms: { text: string; post: string; tags: string[]; offset: object }[] }[];

/** Each sentence's terms with their offsets, and of their tags only those naming people. */
function people(sentences: Json) {
  return sentences.map((s) => ({
    offset: s.offset,
    terms: s.terms.map(({ text, post, tags, offset }) => ({ text, post, offset, people: tags.filter((t) => PEOPLE_TAGS.has(t)) })),
  }));
}

describe('parseLine', () => {
  it.each(LINES)('reads %s into the sentences, terms, offsets and people of nlp(line)', (line) => {
    const full = nlp(line).json({ offset: true, terms: { offset: true } }) as Json;
    expect(people(parseLine(line) as Json)).toEqual(people(full));
  });

  it('skips the context patterns that tag no one: "3 percent" is not made a Percent', () => {
    const three = (sentences: Json) => sentences[0]?.terms.find((t) => t.text === '3')?.tags;
    const line = LINES[2] as string;
    expect(three(nlp(line).json({ terms: { tags: true } }) as Json)).toContain('Percent');
    expect(three(parseLine(line) as Json)).toEqual(expect.arrayContaining(['Value', 'Cardinal']));
    expect(three(parseLine(line) as Json)).not.toContain('Percent');
  });

  it('parses a line once: the same line gives the same result', () => {
    expect(parseLine(LINES[0] as string)).toBe(parseLine(LINES[0] as string));
  });
});
