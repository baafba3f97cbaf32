/**
 * A town's name that its sentence writes as a club's, in prose as well as in results tables
 * (sports-teams.ts): "the club Tottenham", "Tottenham fans", "Tottenham manager", "beat
 * Tottenham". The words are data (data/club-words.json). A country beside them is its national
 * side, which CoNLL labels a place, and a region ("Ohio State fans") is left as it is.
 */
import WORDS from './data/club-words.json';
import type { Detected } from './detect';
import { gazetteerLookup } from './gazetteer';

/** Words written right before a club's name: "club", "beat". */
export const CLUB_BEFORE: ReadonlySet<string> = new Set(WORDS.before);
/** Words written right after a club's name: "fans", "manager", "striker". */
export const CLUB_AFTER: ReadonlySet<string> = new Set(WORDS.after);

/** True when the word before `d` or the word after it (no punctuation between) makes it a club. */
function writtenAsClub(d: Detected): boolean {
  const words = d.sentence.words;
  const before = words[d.first - 1];
  const after = words[d.last + 1];
  const spaced = (post: string | undefined) => post !== undefined && /^\s+$/.test(post);
  return (
    (before !== undefined && spaced(before.post) && CLUB_BEFORE.has(before.text.toLowerCase())) ||
    (after !== undefined && spaced(words[d.last]?.post) && !d.sentence.words[d.last]?.possessive && CLUB_AFTER.has(after.text.toLowerCase()))
  );
}

/** Retypes, in place, the towns of `detected` that their sentence writes as clubs. */
export function retypeClubs(detected: readonly Detected[]): void {
  for (const d of detected) {
    if (d.type !== 'place' || !writtenAsClub(d)) continue;
    const kind = gazetteerLookup(d.text)?.kind;
    if (kind === 'country' || kind === 'region') continue;
    d.type = 'organization';
    d.via = 'team';
  }
}
