/**
 * Candidate names in an ALL-CAPS line (headlines, datelines: "NORWAY AND NEW ZEALAND SIGN
 * FISHING PACT"), where capitals say nothing: known places and organizations, longest first, and
 * runs of words that are no English word ("OKAFOR").
 */
import type { Chunk } from './chunk';
import { isDictionaryWord } from './chunk';
import { gazetteerLookup } from './gazetteer';
import type { Word } from './tokenize';

const MAX_NAME_WORDS = 4;

/** True when the words have letters and none of them is lowercase. */
export function isAllCaps(words: readonly Word[]): boolean {
  const letters = words.map((w) => w.text).join('');
  return /\p{Lu}.*\p{Lu}/u.test(letters) && !/\p{Ll}/u.test(letters);
}

function chunk(words: readonly Word[], from: number, to: number): Chunk {
  const last = words[to] as Word;
  return { words: words.slice(from, to + 1), first: from, start: (words[from] as Word).start, end: last.possessive ? last.end - 2 : last.end, inCaps: true };
}

/** Width of the longest gazetteer name starting at `i`, not crossing punctuation, or 0. */
function knownWidth(words: readonly Word[], i: number): number {
  for (let width = MAX_NAME_WORDS; width >= 1; width--) {
    const part = words.slice(i, i + width);
    if (part.length < width || part.slice(0, -1).some((w) => w.post.trim())) continue;
    const entry = gazetteerLookup(part.map((w) => w.text).join(' '));
    // "WHO WILL WIN": in capitals an acronym that is also an English word is the word.
    if (entry && !(width === 1 && entry.kind === 'organization' && isDictionaryWord(part[0]?.text ?? ''))) return width;
  }
  return 0;
}

const isNameWord = (w: Word) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w.text) && !isDictionaryWord(w.text.replace(/['’]S$/, ''));

export function chunkCapsSentence(words: readonly Word[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const known = knownWidth(words, i);
    if (known) {
      chunks.push(chunk(words, i, i + known - 1));
      i += known;
      continue;
    }
    if (!isNameWord(words[i] as Word)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && !(words[j] as Word).post.trim() && isNameWord(words[j + 1] as Word) && !knownWidth(words, j + 1)) j++;
    chunks.push(chunk(words, i, j));
    i = j + 1;
  }
  return chunks;
}
