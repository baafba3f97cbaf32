/**
 * The non-blank lines of a text with their offsets, trimmed: the unit every text
 * heuristic works on, so that segment offsets never include surrounding whitespace.
 */

export interface TextLine {
  /** The line without leading/trailing whitespace. */
  text: string;
  /** Offset of `text` in the whole string. */
  start: number;
  /** End offset of `text`, exclusive. */
  end: number;
  /** True when a blank line (or the start of the text) separates it from the line before. */
  afterBlank: boolean;
}

/** Split `text` into its non-blank lines (any of \n, \r\n, \r ends a line). */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let afterBlank = true;
  for (let m = pattern.exec(text); m && m[0] !== ''; m = pattern.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') {
      afterBlank = true;
      continue;
    }
    const start = m.index + lead;
    lines.push({ text: trimmed, start, end: start + trimmed.length, afterBlank });
    afterBlank = false;
  }
  return lines;
}
