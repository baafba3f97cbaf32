/**
 * Arbitraries for text that looks like news, breaks like bad files do: headline, byline and
 * dateline shapes, boilerplate, prose, and noise (any code unit, lone surrogates, control
 * characters), joined by any line ending, with or without a BOM.
 */
import fc from 'fast-check';

/** Words of every shape the text heuristics look at: names, capitals, titles, dates, punctuation. */
const WORDS = [
  'Seoul',
  'SEOUL',
  'South',
  'Korea',
  'Park',
  'Jin',
  'NATO',
  'U.S.',
  'the',
  'minister',
  'said',
  'By',
  'and',
  'Reuters',
  '(AP)',
  '—',
  '-',
  '--',
  ':',
  'Nov.',
  '8,',
  '2023',
  'Related',
  'Also',
  'Read:',
  'Updated',
  'Copyright',
  'St.',
  "O'Neil",
  'Tae-yong',
  'café',
  'ÉCOLE',
  '東京',
  'Ελλάδα',
  'مصر',
  '🙂',
];

const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }));

/** One line's text: a run of words, sometimes closed like a sentence. */
const line = fc.tuple(fc.array(word, { maxLength: 14 }), fc.constantFrom('', '', '.', '?', ':', ' —', '  ')).map(([words, end]) => words.join(' ') + end);

/** A line a news layout has: headline, byline, dateline opener, date, boilerplate, or plain prose. */
const newsLine = fc.oneof(
  { weight: 3, arbitrary: line },
  fc.constantFrom(
    'By Jane Doe and Park Jin',
    'SEOUL, South Korea (Reuters) — Officials met on Tuesday.',
    'LONDON -- Talks resumed.',
    'Washington, 9 Nov 2023 (TDI): The talks went on.',
    'Nov. 8, 2023',
    'Updated 3:04 PM EST, Wed November 8, 2023',
    'Also Read: Storm hits coast',
    'Related',
    'Related:',
    'Copyright 2023 The Harbor Wire. All rights reserved.',
    'The Boston Globe',
    '# Markdown Heading',
    '',
    '   ',
    '\t',
  ),
);

const LINE_ENDINGS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\f'];

/** A whole article's text: news lines joined by mixed line endings, maybe after a BOM. */
export const articleText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(newsLine, fc.constantFrom(...LINE_ENDINGS)), { maxLength: 30 }))
  .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([text, end]) => text + end).join(''));

/** Any string at all, in UTF-16 code units: lone surrogates, NUL, control characters. */
export const anyText = fc.string({ unit: 'binary', maxLength: 400 });

/** Bytes decoded the ways a reader might be handed them: UTF-8 (with U+FFFD), Latin-1, UTF-16. */
export const decodedBytes = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('utf-8', 'latin1', 'utf-16le'))
  .map(([bytes, encoding]) => new TextDecoder(encoding).decode(bytes));

/** Article-like text, noise, or decoded garbage. */
export const corpusText = fc.oneof({ weight: 3, arbitrary: articleText }, anyText, decodedBytes);
