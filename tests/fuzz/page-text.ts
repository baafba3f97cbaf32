/**
 * Arbitrary page text for the matcher: the KB's own names and aliases (so linking happens),
 * name-shaped words, titles, punctuation, and any Unicode at all, including lone surrogates,
 * combining marks, right-to-left text and emoji.
 */
import fc from 'fast-check';
import type { Kb } from '../../lib/kb/schema';

const GLUE = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', ' — ', "'s ", '’s ', ' (', ') ', '"', '“', '”', '-', '\u00a0', '\u200b', '\t'];
const WORDS = ['Foreign', 'Minister', 'President', 'said', 'the', 'of', 'Mr.', 'Dr.', 'and', 'in', 'US', 'us', 'Park', 'park', 'Jane', 'Holloway', 'Oslo'];
const ODD = ['\u0301', '\ud800', '\udfff', '🇰🇷', '👩‍👩‍👧', 'עברית', 'العربية', 'İstanbul', 'ß', 'Ǆ', '\u202e', '\ufeff'];

/** Text of KB names glued with prose words, punctuation and odd characters. */
export function pageText(kb: Kb): fc.Arbitrary<string> {
  const names = kb.entities.flatMap((e) => [e.name, ...e.aliases]);
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    fc.constantFrom(...ODD),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  return fc.array(fc.tuple(piece, fc.constantFrom(...GLUE)), { maxLength: 40 }).map((parts) => parts.map(([p, g]) => p + g).join(''));
}

/** Sorted, non-overlapping ranges within a text of `length`, as the content script sends its blocks. */
export function rangesWithin(length: number): fc.Arbitrary<{ start: number; end: number }[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const ranges: { start: number; end: number }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push({ start: sorted[i] ?? 0, end: sorted[i + 1] ?? 0 });
    return ranges;
  });
}
