/**
 * A header line as a reader sees it, without the Markdown around it ("# Headline",
 * "**By Jane Doe**"), so .md articles read like plain text. Offsets stay the line's own.
 */

/** `line` without a leading heading mark and without emphasis wrapped around the whole line. */
export function plainLine(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2')
    .trim();
}
