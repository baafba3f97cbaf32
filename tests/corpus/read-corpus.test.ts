import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../../lib/corpus/read-corpus';
import { bundled, fixture } from './gold';

describe('readCorpusFile', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.TEXT', 'text'],
    ['notes/a.md', 'text'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.jsonl', 'jsonl'],
    ['a.ndjson', 'jsonl'],
  ])('reads %s as %s', (file, format) => {
    const content =
      format === 'html'
        ? fixture('ld-only.html')
        : format === 'jsonl'
          ? JSON.stringify({ text: 'The harbor festival opened on Sunday.' })
          : bundled('004_fe850a9c543d8108.txt');
    const { articles, problems } = readCorpusFile(file, content);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.file).toBe(format === 'jsonl' ? `${file}#1` : file);
  });

  it.each([
    ['report.pdf', 'A text body', /unsupported file type "\.pdf"; expected one of \.txt/],
    ['README', 'A text body', /no file extension/],
    ['empty.txt', '', /^empty file$/],
    ['blank.jsonl', ' \n\n ', /^empty file$/],
    ['nul.txt', 'GIF89a\u0000\u0001\u0000text', /binary content \(NUL bytes\)/],
    ['noise.txt', '\u0001\u0002\u0003\u0004\ufffd\ufffd\ufffd abc', /binary content \(mostly non-text/],
    ['empty-page.html', fixture('empty-page.html'), /^no article text found in the page$/],
  ])('reports %s as a problem without throwing', (file, content, message) => {
    const { articles, problems } = readCorpusFile(file, content);
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(file);
    expect(problems[0]?.message).toMatch(message);
  });

  it('keeps a few undecodable characters in otherwise good text', () => {
    const { problems } = readCorpusFile('a.txt', `${bundled('000_0d5ffab74231d77e.txt')}\ufffd\ufffd`);
    expect(problems).toEqual([]);
  });

  it('passes JSONL line problems through next to the good lines', () => {
    const { articles, problems } = readCorpusFile('m.jsonl', fixture('mixed.jsonl'));
    expect(articles).toHaveLength(3);
    expect(problems.map((p) => [p.file, p.line])).toEqual([4, 5, 6, 7, 8, 9].map((line) => ['m.jsonl', line]));
  });
});
