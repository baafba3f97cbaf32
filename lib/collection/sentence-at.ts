/** A sentence ends at . ! or ? (with closing quotes or brackets) followed by white space. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/g;

/** Full stops that end an abbreviation, not a sentence: initials ("U.S.", "J.") and titles ("Gen.", "Mr."). */
const ABBREVIATION = /(?:^|[\s("“])(?:(?:[A-Z]\.)*[A-Z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|No|vs|etc)$/;

/** The sentence of `text` that holds the span `start`..`end`, trimmed (the whole text when it has no sentence ends). */
export function sentenceAt(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return text.slice(from, to).trim();
}
