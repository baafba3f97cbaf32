/**
 * A type for a name nothing else typed: the shape of the name decides. Measured on CoNLL dev,
 * where these guesses are right well over half the time (a guess helps F1 when right more often
 * than F1 / 2).
 */
import type { EntityType } from '../kb/schema';
import { isDictionaryWord } from './chunk';
import { ARTICLE_NAME } from './classify';
import type { Candidate } from './detect';
import { isDemonym } from './gazetteer';
import { PLACE_PREPOSITIONS } from './locatives';
import { bare } from './title-split';
import { ROLE_HEADS } from './title-words';

const INITIAL = /^\p{Lu}\.$/u;

const COMPANY_AFTER = /^(?:shares|stock|profit|profits|earnings|revenue|sales)$/i;
/** "officials of Equinor", "a spokesman for Brevanti", "a stake in Oskarn". */
const COMPANY_BEFORE = /^(?:shares|stake|officials|executives|spokesman|spokeswoman|spokesperson|chairman|shareholders|employees|workers|unit|subsidiary)$/i;
/** "a stake in Oskarn", not "officials in Chibby": a holding is in a company, people are in a town. */
const HELD_IN = /^(?:shares|stake|unit|subsidiary)$/i;

/** "Brevanti shares fell", "officials of Equinor": words around an organization's name. */
function readsAsCompany(c: Candidate): boolean {
  const { words } = c.sentence;
  const preposition = words[c.first - 1]?.text ?? '';
  const noun = words[c.first - 2]?.text ?? '';
  return (
    COMPANY_AFTER.test(words[c.last + 1]?.text ?? '') ||
    (/^(?:of|for|at)$/.test(preposition) && COMPANY_BEFORE.test(noun)) ||
    (preposition === 'in' && HELD_IN.test(noun))
  );
}

export function fallbackType(c: Candidate, sports: boolean): EntityType | null {
  const words = c.text.split(' ');
  // "Attendance: 12,000", "Scorers:": the label of a line in a results table.
  if (isDemonym(c.text) || (c.first === 0 && c.sentence.words[c.last]?.post.startsWith(':'))) return null;
  if (readsAsCompany(c)) return 'organization';
  if (words.some((w) => isDictionaryWord(w.replace(/['’]s$/, '')))) return null;
  // "R. Okonkwo", "J. Smith": an initial and a name.
  if (words.length === 2 && INITIAL.test(words[0] as string)) return 'person';
  const previous = c.sentence.words[c.first - 1];
  const adjacent = previous !== undefined && /^\s+$/.test(previous.post);
  // "NATO chief Rutte": a lowercase role word right before a name.
  if (adjacent && /^\p{Ll}/u.test(previous.text) && ROLE_HEADS.has(bare(previous))) return 'person';
  // "fighting near Kandrovo", "talks in Lima": a name after a locative preposition. Not "in
  // Brevanti's sales": the preposition is the noun's, and the owner may be anything.
  if (adjacent && PLACE_PREPOSITIONS.has(previous.text) && !c.sentence.words[c.last]?.possessive) return 'place';
  // "Al-Shabaab insurgents": an article's name after no locative is a group's.
  if (ARTICLE_NAME.test(c.text) && words.length === 1) return 'organization';
  if (!sports || c.text === c.text.toUpperCase()) return null;
  // In sports results (sports-text.ts) players and clubs fill the lines: two names are a player, one is a club.
  if (words.length === 2) return 'person';
  if (words.length === 1) return 'organization';
  return null;
}
