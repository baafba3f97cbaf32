/**
 * A town's name and "Town" or "City" ("Velmar Town", "Quenwick City") typed place, in whose every
 * document the sentence tells sport (a score, "league", "play-off", "striker", "beat": club-context.ts
 * and data/mention-cues.json) and no mention reads as a place ("in Quenwick City", "at Quenwick
 * City"): a football club, an organization. Readers of the world KB found clubs so named typed
 * place. On the world KB (Dec. 2026) this changes 10 places, all read: 8 clubs (one retyped, one
 * taken into its organization, six then left out by the gate), a race's sponsor left out, and a
 * casino lost.
 */
import { CLUB_AFTER, CLUB_BEFORE } from '../nlp/club-context';
import CUES from '../nlp/data/mention-cues.json';
import type { OpenEntity } from './entity-state';
import { nameKeyOf } from './kb-state';
import { readingCounts } from './type-by-context';

const CLUB_SUFFIXES: ReadonlySet<string> = new Set(CUES.clubSuffixes);
const SPORTS_WORDS: ReadonlySet<string> = new Set([...CUES.sportsWords, ...CLUB_BEFORE, ...CLUB_AFTER]);
/** "won 2–1", "a 0-0 draw": a match's score, not a season's years ("2012–13"). */
const SCORE = /(?<![\d–-])\d{1,2}\s?[–-]\s?\d{1,2}(?![\d–-])/;

const tellsSport = (sentence: string) =>
  SCORE.test(sentence) ||
  sentence
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => SPORTS_WORDS.has(w));

/** True when the place `c` is a club's name: see above. */
export function namesAClub(c: OpenEntity & { key: string }): boolean {
  const words = nameKeyOf(c).split(' ');
  if (c.type !== 'place' || words.length < 2 || !CLUB_SUFFIXES.has(words.at(-1) as string)) return false;
  if (![...c.sentences.values()].every((sentences) => sentences.some(tellsSport))) return false;
  // "at Quenwick City": a ground's name, a place.
  const names = [...c.names.keys()];
  const atGround = [...c.sentences.values()].some((list) => list.some((s) => names.some((n) => s.includes(`at ${n}`))));
  return !atGround && readingCounts(c).counts.place === 0;
}
