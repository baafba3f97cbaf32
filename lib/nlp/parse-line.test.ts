import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import two from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { forgetParsedLines, parseLine } from './parse-line';

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

  it('parses a line again after forgetParsedLines, to the same sentences', () => {
    const line = LINES[1] as string;
    const first = parseLine(line);
    forgetParsedLines();
    const again = parseLine(line);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("tags every term as compromise's own freeze and sweep of the people patterns would, on every line of the bundled corpus", () => {
    // The reference, the slow way: compromise's reduced parse, its own 'freeze' step among its
    // hooks, then `doc.sweep` of its people patterns.
    type Pattern = { tag?: unknown; notIf?: unknown };
    type Doc = { compute(hooks: string[]): void; sweep(net: unknown): void; docs: { text: string; tags: Set<string> }[][] };
    const world = two.world() as unknown as {
      hooks: string[];
      model: { two: { matches: Pattern[] } };
      methods: { one: { tokenize: { fromString(line: string, world: unknown): unknown }; parseMatch(m: string, o: object, w: unknown): unknown } };
    };
    const View = two('').constructor as new (document: unknown) => Doc;
    const hooks = world.hooks.filter((h) => h !== 'chunks' && h !== 'postTagger');
    const people = world.model.two.matches.filter((m) => /Person|Name/.test(String(m.tag)));
    const copies: Pattern[] = people.map(({ notIf: _, ...m }) => m);
    const net = two.buildNet(copies as Parameters<typeof two.buildNet>[0]);
    people.forEach(({ notIf }, i) => {
      const copy = copies[i] as Pattern;
      if (notIf !== undefined) copy.notIf = typeof notIf === 'string' ? world.methods.one.parseMatch(notIf, {}, world) : notIf;
    });
    const reference = (line: string) => {
      const doc = new View(world.methods.one.tokenize.fromString(line, world));
      doc.compute(hooks);
      doc.sweep(net);
      return doc.docs.map((terms) => terms.map((t) => [t.text, [...t.tags]]));
    };
    const folder = new URL('../../assets/corpus/', import.meta.url);
    const lines = readdirSync(folder).flatMap((f) =>
      readFileSync(new URL(f, folder), 'utf8')
        .split('\n')
        .filter((l) => l.trim()),
    );
    // And entries of compromise's frozen lexicon, one word and several ('freeze' in parse-line.ts).
    lines.push('Bill Gates told the Financial Times and the Labour Party that Prime Minister Ishiba would take part.');
    expect(lines.length).toBeGreaterThan(50);
    let peopleTagged = 0;
    for (const line of lines) {
      const own = parseLine(line).map((s) => s.terms.map((t) => [t.text, t.tags]));
      expect(own, line).toEqual(reference(line));
      peopleTagged += own.flat().filter(([, tags]) => (tags as string[]).includes('Person')).length;
    }
    expect(peopleTagged).toBeGreaterThan(0);
  });
});
