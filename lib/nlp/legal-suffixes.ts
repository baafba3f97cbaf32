/**
 * The legal or corporate form that may end an organization's name ("Corp.", "Inc.", "plc",
 * "Football Club"): "Kessler Corp." is the company "Kessler", written with its form. The words are
 * data (data/legal-suffixes.json), read on alias keys ("Corp." → "corp", "F.C." → "fc").
 */
import { aliasKey } from './alias-key';
import WORDS from './data/legal-suffixes.json';

/** Each suffix as its words, the longest first: "football club" before "club"-less "fc". */
const SUFFIXES: readonly string[][] = WORDS.suffixes.map((s) => s.split(' ')).sort((a, b) => b.length - a.length);
const SPELLINGS: Readonly<Record<string, string>> = WORDS.spellings;
/** Suffixes that are also common nouns: "Group" of "UEFA Group" names a stage of a competition, no company. */
export const COMMON_NOUN_SUFFIXES: ReadonlySet<string> = new Set(WORDS.commonNouns);

export interface LegalForm {
  /** The name's key without its forms: "kessler" of "kessler holdings corp". */
  base: string;
  /** Its forms, each in one spelling ("corp" → "corporation"), in the order written. */
  suffixes: string[];
}

/** The suffix that ends `words` before `end`, if one does. */
const suffixEnding = (words: readonly string[], end: number) => SUFFIXES.find((s) => s.length <= end && s.every((w, i) => words[end - s.length + i] === w));

/** The base and legal forms of an alias key ("kessler holdings corp"); `base` is '' for a key of forms only ("holdings co"). Null without a form. */
export function legalForm(key: string): LegalForm | null {
  const words = key.split(' ');
  const suffixes: string[] = [];
  let end = words.length;
  for (let suffix = suffixEnding(words, end); suffix; suffix = suffixEnding(words, end)) {
    const written = suffix.join(' ');
    suffixes.unshift(SPELLINGS[written] ?? written);
    end -= suffix.length;
  }
  return suffixes.length ? { base: words.slice(0, end).join(' '), suffixes } : null;
}

/**
 * True for a word that is a legal form alone: "PLC", "F.C.", "S.A.", "Inc", "Holdings" (not "Group",
 * a stage of a competition too). A form of two letters is one in capitals or with dots only: "SE", not
 * the "Sé" of a surname. Callers that must tell a form from an English word ("Company") check that apart.
 */
export function isLegalSuffix(word: string): boolean {
  const key = aliasKey(word);
  const written = key.length > 2 || /^[\p{Lu}.]+$/u.test(word);
  return written && legalForm(key)?.base === '' && !COMMON_NOUN_SUFFIXES.has(key);
}
