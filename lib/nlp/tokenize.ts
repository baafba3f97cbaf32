/**
 * compromise's tokens, regrouped into the words names are made of: hyphenated words joined
 * ("Tae-yong", "Israel-Hamas"), abbreviation dots kept ("N.", "Dr."), possessives marked.
 */
import { MAX_TOKEN_CHARS } from './limits';
import { isHyphenSuffix } from './non-name-words';
import { parseLine, type Term } from './parse-line';
import { HONORIFICS } from './title-words';

export interface Word {
  /** The word as written, possessive included ("Korea’s"). */
  text: string;
  start: number;
  end: number;
  /** Punctuation and space after the word. */
  post: string;
  /** compromise's tags of the word's first token. */
  tags: ReadonlySet<string>;
  possessive: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}

// "U.S" before ".)" too: compromise leaves the last dot of a dotted acronym in the punctuation.
// Company and US state abbreviations keep their dot: "Home Depot Inc.", "Boulder, Colo.".
const ABBREVIATION =
  /^(\p{Lu}|(?:\p{Lu}\.)+\p{Lu}|St|Mt|Ft|Jr|Sr|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Pres|No|Inc|Corp|Co|Ltd|Bros|Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/u;

function isAbbreviation(term: Term): boolean {
  return term.post.startsWith('.') && (ABBREVIATION.test(term.text) || HONORIFICS.has(term.text.toLowerCase()));
}

function toWords(text: string, base: number, terms: readonly Term[]): Word[] {
  const words: Word[] = [];
  const lineEnd = base + (terms.at(-1)?.offset.start ?? 0) + (terms.at(-1)?.offset.length ?? 0) + (terms.at(-1)?.post.length ?? 0);
  for (let i = 0; i < terms.length; i++) {
    const first = terms[i] as Term;
    let last = first;
    // Join "Tae" "-" "yong": a hyphen with no space on either side binds one word. Not "-based"
    // in "Chicago-based": the suffix makes the name an adjective and is no part of it.
    while (last.post === '-' && i + 1 < terms.length) {
      const next = terms[i + 1] as Term;
      if (next.offset.start !== last.offset.start + last.offset.length + 1 || isHyphenSuffix(next.text)) break;
      last = next;
      i++;
    }
    const start = base + first.offset.start;
    let end = base + last.offset.start + last.offset.length;
    if (first === last && isAbbreviation(first)) end += 1;
    // compromise keeps what closes a sentence on a dotted acronym ("U.S.).", "U.S.."): the acronym ends at its own dot.
    const acronym = /^(?:\p{Lu}\.){2,}(?=[.)\]}]+$)/u.exec(text.slice(start, end));
    if (first === last && acronym) end = start + acronym[0].length;
    // Everything up to the next word, its opening punctuation included: "Organization (NATO".
    const next = terms[i + 1];
    const post = text.slice(end, next ? base + next.offset.start : lineEnd);
    const raw = text.slice(start, end);
    words.push({ text: raw, start, end, post, tags: new Set(first.tags), possessive: /['’‘]s$/.test(raw) });
  }
  return words;
}

const OVERLONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');

/** A comma between two letters, no space after it: "Kalam,former", "Delhi,India". */
const GLUED_COMMA = /(?<=\p{L}),(?=\p{L})/gu;

/**
 * `line` as compromise reads it: every overlong token blanked, and a comma glued between two words
 * made a space, so the words are two ("A.P.J. Abdul Kalam,former president" was one name). The same
 * length, so offsets still point into the text, whose comma the words' punctuation keeps.
 */
function forParsing(line: string): string {
  return line.replace(OVERLONG_TOKEN, (token) => ' '.repeat(token.length)).replace(GLUED_COMMA, ' ');
}

/** Sentences of `text[from, to)`, one line at a time (a line break always ends a sentence). */
export function tokenize(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  lineRe.lastIndex = from;
  for (let m = lineRe.exec(text); m && m.index < to; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const line = text.slice(lineStart, Math.min(lineStart + m[0].length, to));
    if (!line.trim()) continue;
    for (const s of parseLine(forParsing(line))) {
      const words = toWords(text, lineStart, s.terms);
      if (!words.length) continue;
      sentences.push({
        start: lineStart + s.offset.start,
        end: lineStart + s.offset.start + s.offset.length,
        words,
      });
    }
  }
  return sentences;
}
