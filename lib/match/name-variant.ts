/**
 * Spelling variants of a person's name: "Cho Tae-young" for Cho Tae-yong, "Anthony Blinken" for
 * Antony Blinken. The names agree when they have as many words, at least one word is the same,
 * and the rest differ by one letter in all ("Stefan Miller" is not "Stephen Miller").
 */
import { distance } from 'fastest-levenshtein';

/** Words shorter than this carry too little to tell a variant from another name ("Li" / "Lu"). */
const MIN_VARIANT_LENGTH = 4;

/** True when alias keys `a` and `b` spell the same name differently. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length || wa.length < 2) return false;
  let edits = 0;
  let same = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i] as string;
    const y = wb[i] as string;
    if (x === y) {
      same++;
      continue;
    }
    if (x[0] !== y[0] || Math.min(x.length, y.length) < MIN_VARIANT_LENGTH) return false;
    edits += distance(x, y);
  }
  return same > 0 && edits === 1;
}
