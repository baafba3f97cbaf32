import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../lib/corpus/read-jsonl';
import { bundled, expectGoldMetadata, fixture, goldDocuments } from './gold';
import { expectSegmentInvariants } from './segment-invariants';

describe('readJsonl on the bundled corpus as JSONL', () => {
  // One record per bundled file, text only: the metadata must come from the text's own header and dateline.
  const jsonl = goldDocuments.map((g) => JSON.stringify({ text: bundled(g.file) })).join('\n');
  const { articles, problems } = readJsonl('bundled.jsonl', jsonl);

  it('reads every line', () => {
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.file)).toEqual(goldDocuments.map((_, i) => `bundled.jsonl#${i + 1}`));
  });

  it.each(goldDocuments.map((g, i) => [g.file, g, i] as const))('%s has the gold metadata', (_file, gold, i) => {
    const article = articles[i];
    if (!article) expect.fail(`no article for line ${i + 1}`);
    expectGoldMetadata(article, gold);
    expectSegmentInvariants(article, { oneLineEach: true });
  });
});

describe('readJsonl on a mixed file', () => {
  const { articles, problems } = readJsonl('mixed.jsonl', fixture('mixed.jsonl'));
  const [lagoon, museum, council] = articles;

  it('reads the good lines, naming each by file and line', () => {
    expect(articles.map((a) => a.file)).toEqual(['mixed.jsonl#1', 'mixed.jsonl#2', 'mixed.jsonl#10']);
  });

  it('reads header and dateline from the text when the record has no fields for them', () => {
    expect(lagoon).toMatchObject({
      title: 'Lagoon cleanup draws record crowd',
      authors: ['Marta Ruiz'],
      dateline: { place: 'Lisbon' },
      url: 'https://news.example/lagoon',
      source: null,
      date: null,
    });
    if (!lagoon) expect.fail('line 1 not read');
    expect(lagoon.segments.map((s) => s.kind)).toEqual(['title', 'byline', 'dateline', 'body', 'body']);
    expectSegmentInvariants(lagoon);
  });

  it('takes the record fields, normalizing the date', () => {
    expect(museum).toMatchObject({
      title: 'Museum east wing reopens',
      source: 'Harbor Herald',
      date: '2023-11-09',
      authors: ['Sofia Lind'],
      url: null,
    });
    expect(museum?.segments.map((s) => s.kind)).toEqual(['body', 'body']);
  });

  it('leaves a date it cannot read null, keeping the article', () => {
    expect(council).toMatchObject({ date: null, title: null });
  });

  it('reports each malformed line with file, line and reason', () => {
    expect(problems).toEqual([
      { file: 'mixed.jsonl', line: 4, message: expect.stringMatching(/^invalid JSON: /) },
      { file: 'mixed.jsonl', line: 5, message: 'missing required field "text"' },
      { file: 'mixed.jsonl', line: 6, message: '"text" is empty' },
      { file: 'mixed.jsonl', line: 7, message: '"authors" must be an array of strings, got string' },
      { file: 'mixed.jsonl', line: 8, message: '"date" must be a string, got number' },
      { file: 'mixed.jsonl', line: 9, message: 'expected a JSON object, got array' },
    ]);
  });

  it('finds the record title as the first line even when it reads like a sentence', () => {
    const text = 'Ferries stop for the winter.\n\nThe island ferries made their last crossing of the season on Sunday, the operator said.';
    const {
      articles: [a],
    } = readJsonl('t.jsonl', JSON.stringify({ text, title: 'Ferries stop for the winter.' }));
    expect(a?.segments.map((s) => s.kind)).toEqual(['title', 'body']);
  });

  it('handles CRLF line endings', () => {
    const read = readJsonl('crlf.jsonl', '{"text":"One line of text about the harbor."}\r\n{"text":"Another line."}\r\n');
    expect(read.problems).toEqual([]);
    expect(read.articles.map((a) => a.text)).toEqual(['One line of text about the harbor.', 'Another line.']);
  });
});
