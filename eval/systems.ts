/** The detectors compared: Backstory's, and compromise out of the box as the baseline. */
import nlp from 'compromise';
import { detectEntities } from '../lib/nlp/detect';
import type { Span } from './ner-score';

export type Detector = (text: string) => Span[];

const TYPES: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

export const backstory: Detector = (text) => detectEntities(text).map((d) => ({ start: d.start, end: d.end, type: TYPES[d.type] as string }));

interface Offset {
  start: number;
  length: number;
}

/** A match's own words: its offset also counts punctuation after them ("China) "). */
interface Match {
  terms: { text: string; post: string; offset: Offset }[];
}

/** compromise 14's `people()` as PER, `places()` as LOC, `organizations()` as ORG, as in ../shared/eval/README.md. */
export const compromiseBaseline: Detector = (text) => {
  const spans: Span[] = [];
  // One line at a time, as Backstory reads text: a line break always ends a sentence.
  for (const line of text.matchAll(/[^\n]+/g)) {
    const doc = nlp(line[0]);
    for (const [view, type] of [
      [doc.people(), 'PER'],
      [doc.places(), 'LOC'],
      [doc.organizations(), 'ORG'],
    ] as const) {
      for (const m of view.json({ offset: true, terms: { offset: true } }) as Match[]) {
        // compromise may join names across brackets ("Denmark (China)"): one span per piece.
        let first: Offset | undefined;
        for (const term of m.terms) {
          first ??= term.offset;
          if (term !== m.terms.at(-1) && /^\s*$/.test(term.post)) continue;
          const end = term.offset.start + term.offset.length - (/['’]s$/.test(term.text) ? 2 : 0);
          spans.push({ start: line.index + first.start, end: line.index + end, type });
          first = undefined;
        }
      }
    }
  }
  return spans;
};
