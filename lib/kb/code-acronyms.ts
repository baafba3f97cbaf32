/**
 * Capitals that the articles only ever write before a number are a code, no body: a flight's
 * ("VX 212"), a star's catalogue ("HD 4711"), a bill's ("SB 90"), an index's ("QX 50"). Such a
 * cluster is left out of the KB. A body written so once and plainly elsewhere ("ABC 7", then "ABC
 * said") keeps its cluster; a score after the capitals ("SMU 71–64") is a team's.
 */

import { escapeRegExp } from '../reg-exp';
import type { OpenEntity } from './entity-state';

/** Capitals, maybe with dots or "&" between them: the names a code is written with. */
const CAPITALS = /^\p{Lu}[\p{Lu}.&]{1,7}$/u;
/** A number right after the capitals ("356", "2149−0403"), not a score ("71–64"). */
const NUMBER_AFTER = /^[ \u00a0]\d[\d,.]*(?![\d,.]*[–-]\d)/u;

/** True when every name of `c` is capitals and each of its mentions in `c`'s sentences is followed by a number. */
export function namesOnlyCodes(c: OpenEntity): boolean {
  const names = [...new Set([...c.names.keys(), ...c.aliases])];
  if (!names.every((n) => CAPITALS.test(n))) return false;
  const mentions = names.map((n) => new RegExp(`(?<![\\p{L}\\d.&])${escapeRegExp(n)}(?![\\p{L}\\d&])`, 'gu'));
  let seen = 0;
  for (const sentences of c.sentences.values()) {
    for (const s of sentences) {
      for (const re of mentions) {
        for (const m of s.matchAll(re)) {
          if (!NUMBER_AFTER.test(s.slice(m.index + m[0].length))) return false;
          seen++;
        }
      }
    }
  }
  return seen > 0;
}
