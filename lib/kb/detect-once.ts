/**
 * The builder reads an article twice: its body for events (event-observe.ts), then all its content
 * for entities (observe.ts). When the two are the same ranges (an article with a body and no
 * headline, as most of a JSONL corpus's), the second read is the first's result: detection is a
 * function of the text and ranges. About a tenth of a build's extraction time.
 */
import { type Detected, detectEntities, type Lexicon } from '../nlp/detect';

type Ranges = readonly { start: number; end: number }[];

let last: { text: string; ranges: string; detected: readonly Detected[] } | null = null;

/**
 * `detectEntities`, the last call's result again for the same text and ranges; never cached with a
 * lexicon (a KB's, which may change). Both callers get the same array, so it is read-only.
 */
export function detectOnce(text: string, ranges: Ranges, lexicon?: Lexicon): readonly Detected[] {
  if (lexicon) return detectEntities(text, ranges, lexicon);
  const key = ranges.map((r) => `${r.start}:${r.end}`).join(' ');
  if (last?.text !== text || last.ranges !== key) last = { text, ranges: key, detected: detectEntities(text, ranges) };
  return last.detected;
}
