/**
 * Bylines: "By Matthew Lee and Kim Tong-Hyung", "- By A, B and C", "By JANE DOE |
 * Associated Press | Nov. 9, 2023". Names become `authors`; affiliations and dates drop out.
 */
import { dateTextPattern, parseDate } from './parse-date';
import { toTitleCase } from './title-case';

export interface Byline {
  authors: string[];
  /** A publication date written in the byline, as YYYY-MM-DD. */
  date: string | null;
}

const opener = /^(?:[-–—•|*]\s*)?(?:(?:written|reported|story|words|text)\s+)?by\s+/i;
const separators = /\s*(?:,|;|\||&|\band\b|\s[-–—]\s|\/)\s*/i;
const inlineDate = new RegExp(dateTextPattern);
/** Parts that name an employer or a role, not a person ("Associated Press", "Staff Writer"). */
const affiliation =
  /\b(?:press|reuters|ap|afp|upi|writer|correspondent|staff|reporter|editor|contributor|news|agency|bureau|times|post|globe|journal|wire|desk|team|service|columnist|photographer|updated|published|posted)\b/i;
const nameWord = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|bin|al|el|la|le|dos|du)$/u;

/** The person's name in `part`, or null when the part is no name ("the time the talks ended"). */
function personName(part: string): string | null {
  const name = part.replace(/\s+(?:for|of|at|in)\s+.*$/i, '').trim();
  const words = name.split(/\s+/);
  if (words.length < 1 || words.length > 5 || !words.every((w) => nameWord.test(w))) return null;
  return toTitleCase(name);
}

/**
 * Parse `line` as a byline. Returns null unless it opens with "By" and every part after
 * it is a name, an affiliation or a date — which keeps "By the time…" sentences out.
 */
export function parseByline(line: string): Byline | null {
  const opening = opener.exec(line);
  if (!opening || line.length > 160) return null;
  const rest = line.slice(opening[0].length).trim();
  const dateText = inlineDate.exec(rest)?.[0];
  const date = dateText ? parseDate(dateText) : null;
  const undated = dateText ? rest.replace(dateText, '|') : rest;
  const parts = undated.split(separators).filter(Boolean);
  const authors: string[] = [];
  for (const part of parts) {
    // Times ("10:32 a.m.") and roles carry no name; other digits mean this is no byline.
    if (/\d{1,2}:\d{2}/.test(part) || affiliation.test(part)) continue;
    const name = personName(part);
    if (!name) return null;
    authors.push(name);
  }
  if (parts.length === 0) return null;
  return { authors, date };
}
