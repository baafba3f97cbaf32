/** A sentence ends at . ! or ? (with closing quotes or brackets) followed by white space. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/g;

/** The sentence of `text` that holds the span `start`..`end`, trimmed (the whole text when it has no sentence ends). */
export function sentenceAt(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return text.slice(from, to).trim();
}
