/**
 * Every KB alias in a text in one pass: the text's words, keyed as alias keys are
 * (lib/nlp/alias-key.ts), walked through a trie of the KB's alias keys word by word, longest
 * alias first. This is the KB-lookup path at scale (issue 6: a 100,000-entity KB at 10 MB of
 * text a second or more); deciding which hits are mentions stays with detection and link.ts.
 */
import type { KbIndex } from '../kb/kb-index';
import { aliasKey } from '../nlp/alias-key';

/** A stretch of text whose key is an alias key of the KB (`index.byAlias(key)` gives its entities). */
export interface AliasHit {
  start: number;
  end: number;
  key: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The alias key that ends here, if one does. */
  key: string | null;
}

/** Letters and digits: ASCII ones, and any character from À on except × ÷ and general punctuation (dashes, quotes). */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f));
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const DOT = 46;

/** A dotted acronym's end ("U.S." → after the last dot) when one starts at `i`, else -1. */
function acronymEnd(lower: string, i: number): number {
  let end = i;
  while (isWordChar(lower.charCodeAt(end)) && lower.charCodeAt(end + 1) === DOT) end += 2;
  return end - i >= 4 ? end : -1;
}

/**
 * The alias key of a lowercase ASCII word with inner apostrophes, as aliasKey gives it without its
 * general normalizer: the apostrophes made straight, a final possessive "'s" dropped ("russia’s"
 * → "russia", "o’brien" → "o'brien"). Possessives are the commonest words of news that are not
 * plain lowercase ASCII.
 */
function apostropheKey(word: string): string {
  const straight = word.includes('’') ? word.replaceAll('’', "'") : word;
  return straight.endsWith("'s") ? straight.slice(0, -2) : straight;
}

/** Reads the words of a text one at a time: after `next()` is true, `start`, `end` and `key` describe the word; `pos` can be set back to re-read. */
interface WordCursor {
  pos: number;
  start: number;
  end: number;
  key: string;
  next(): boolean;
}

/**
 * The words of `text` with their alias keys, as alias keys split them: runs of letters and digits
 * with inner apostrophes ("O'Brien", "Russia's"), dotted acronyms ("U.S."). An ASCII word's key
 * is its lowercase (nearly every word; with apostrophes, `apostropheKey`); others go through the
 * full normalizer. A character loop over the lowercased text, word by word without arrays: a
 * Unicode-class regex over the words took the whole budget of the scan (bench/alias-scan.bench.ts).
 */
function wordCursor(text: string): WordCursor {
  let lower = text.toLowerCase();
  // Lowercasing can change the length (a dotted capital İ): then the text itself is scanned and
  // each ASCII word lowercased alone. (Every word took the normalizer then: one "İstanbul" in
  // the bench's 8.9 MB of news made the whole scan run at half speed.)
  const aligned = lower.length === text.length;
  if (!aligned) lower = text;
  const n = lower.length;
  const cursor: WordCursor = {
    pos: 0,
    start: 0,
    end: 0,
    key: '',
    next() {
      let i = cursor.pos;
      while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
      if (i >= n) return false;
      const start = i;
      let plain = true;
      let apostrophes = false;
      const acronym = lower.charCodeAt(i + 1) === DOT ? acronymEnd(lower, i) : -1;
      if (acronym > 0) {
        i = acronym;
        plain = false;
      } else {
        for (; i < n; i++) {
          const c = lower.charCodeAt(i);
          const inner = isApostrophe(c) && isWordChar(lower.charCodeAt(i + 1));
          if (!isWordChar(c) && !inner) break;
          if (inner) apostrophes = true;
          else if (c >= 128) plain = false;
        }
      }
      cursor.start = start;
      cursor.end = i;
      cursor.pos = i;
      if (plain) {
        const word = aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
        cursor.key = apostrophes ? apostropheKey(word) : word;
      } else cursor.key = aliasKey(text.slice(start, i));
      return true;
    },
  };
  return cursor;
}

export interface AliasScanner {
  scan(text: string): AliasHit[];
}

/** A scanner over the names and aliases of every entity of `index` (a sharded index's heads hold them too). */
export function createAliasScanner(index: KbIndex): AliasScanner {
  const root: TrieNode = { next: new Map(), key: null };
  for (const e of index.kb.entities) {
    for (const alias of [e.name, ...e.aliases]) {
      const key = aliasKey(alias);
      let node = root;
      for (const word of key.split(' ')) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), key: null };
          node.next.set(word, child);
        }
        node = child;
      }
      node.key = key;
    }
  }
  return {
    scan(text) {
      const words = wordCursor(text);
      const hits: AliasHit[] = [];
      while (words.next()) {
        let node = root.next.get(words.key);
        if (!node) continue;
        const start = words.start;
        let hit = node.key === null ? null : { start, end: words.end, key: node.key };
        let resume = words.pos;
        // Longest alias first: read on while the trie has a branch for the next word.
        while (node?.next.size && words.next()) {
          node = node.next.get(words.key);
          if (node && node.key !== null) {
            hit = { start, end: words.end, key: node.key };
            resume = words.pos;
          }
        }
        if (hit) hits.push(hit);
        words.pos = resume;
      }
      return hits;
    },
  };
}
