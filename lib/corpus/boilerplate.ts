/**
 * Lines that a site or aggregator adds around an article: teasers for other stories,
 * appended "Related" blocks and footers. They are kept in the text (offsets stay true)
 * but marked `boilerplate`, so their names never reach entities or coverage.
 */
import { parseByline } from './byline';

/** "Also Read: …", "Read more: …", "Related: …", "Watch: …": a link to another story. */
const teaser = /^(?:also read|read also|read more|see also|related|recommended|must read|don['’]t miss|watch|listen|latest)\s*(?::|\||[-–—]\s)\s*\S/i;
/** The same labels standing alone, in capitals or as a whole line ("READ ALSO"). */
const teaserLabel = /^(?:ALSO READ|READ ALSO|READ MORE|SEE ALSO|MUST READ)\b|^(?:also read|read also|read more|see also)[:.]?$/i;
/** Lines a page scatters through its text. */
const noise =
  /^(?:advertisement|sponsored|(?:story|article) continues below.*|share(?: this (?:article|story))?|click here\b.*|(?:sign up|subscribe)\b.*newsletter.*|[^.]{0,80}all rights reserved\.?.*)$/i;

/** A heading after which the rest of the file is the site's appended material. */
const appendixStart =
  /^(?:related(?: articles?| stories| news| content| coverage| posts| reading| topics)?|more from\b.{1,60}|more (?:stories|news|articles)\b.{0,60}|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also like|read next|further reading|most (?:read|popular|viewed)|(?:popular|trending)(?: now| stories)?|latest (?:news|stories)|comments?|leave a (?:comment|reply))\s*:?$/i;

/** Closing lines of aggregators and sites ("Newspapers in English", "© 2023 …"). */
const footer =
  /^(?:newspapers (?:in|from)\b.*|copyright\b.*|©.*|\(c\)\s*\d{4}.*|.*all rights reserved\.?|this (?:article|story) (?:was|is|first|originally)\b.{0,160}|(?:distributed|provided|printed) by\b.{0,120}|(?:follow us|subscribe|sign up)\b.{0,120}|(?:additional )?reporting by\b.*|(?:writing|editing) by\b.*|tags?:.*|topics?:.*|filed under\b.*)$/i;

/** True for a one-line teaser or scattered page noise, wherever it stands. */
export function isTeaserLine(line: string): boolean {
  return teaser.test(line) || teaserLabel.test(line) || noise.test(line);
}

/**
 * True for a teaser label standing alone ("READ ALSO", "See also:"): the line below it
 * is the teased headline.
 */
export function isBareTeaserLabel(line: string): boolean {
  return /^(?:also read|read also|read more|see also|must read)\s*[:.]?$/i.test(line);
}

/** True for a heading such as "Related" that starts an appended block. */
export function isAppendixStart(line: string): boolean {
  return line.length <= 80 && appendixStart.test(line);
}

/** True for a line of the kind that closes a page (a credit "By Jane Doe" too); only trusted at the end of a file. */
export function isFooterLine(line: string): boolean {
  return line.length <= 240 && (footer.test(line) || isTeaserLine(line) || parseByline(line) !== null);
}

/**
 * Index of the first line of the trailing footer in `lines` (lines.length if none).
 * Only a run that reaches the last line counts: "Copyright law…" mid-article is body.
 */
export function footerStart(lines: readonly string[]): number {
  let i = lines.length;
  while (i > 0 && isFooterLine(lines[i - 1] ?? '')) i--;
  return i;
}
