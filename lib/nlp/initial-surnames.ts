/**
 * Surnames that open a sentence: "Store said the talks went well." compromise's lexicon makes
 * "Store" (or "Park", "Hill") a word there, and the chunker skips dictionary words at a
 * sentence's start; once the document has named "Jonas Gahr Store", the word is his surname.
 */
import { aliasKey } from './alias-key';
import type { Candidate } from './detect';
import type { Sentence, Word } from './tokenize';

/** Candidates for sentence-initial words that are the last name of a person candidate. */
export function initialSurnames(text: string, sentences: readonly Sentence[], candidates: readonly Candidate[]): Candidate[] {
  const surnames = new Set(candidates.filter((c) => c.type === 'person' && c.name.includes(' ')).map((c) => aliasKey(c.name).split(' ').at(-1)));
  if (!surnames.size) return [];
  const taken = new Set(candidates.map((c) => c.start));
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const word = sentence.words[0] as Word;
    if (taken.has(word.start) || !/^\p{Lu}\p{Ll}/u.test(word.text) || !surnames.has(aliasKey(word.text))) continue;
    const end = word.possessive ? word.end - 2 : word.end;
    const surface = text.slice(word.start, end);
    found.push({
      start: word.start,
      end,
      text: surface,
      type: null,
      canonical: null,
      name: surface,
      title: null,
      via: 'name',
      sentence,
      first: 0,
      last: 0,
      titleWords: 0,
    });
  }
  return found;
}
