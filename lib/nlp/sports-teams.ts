/**
 * Clubs named after places: in sports results, "Seattle", "DENVER" or "Barcelona" is the team
 * (ORG in CoNLL and AIDA), while a country is its national side (LOC, as CoNLL labels it), a
 * dateline is where the story was filed and "in Chicago" is where the game was played.
 */
import type { Detected } from './detect';
import { gazetteerLookup } from './gazetteer';
import { ENDS_IN_LOCATIVE } from './locatives';

/** "DENVER 2024-05-04", "SEOUL, March 3 (Reuters) -": the place a story was filed from. */
const DATELINE_AFTER = /^(?:,\s*[\p{L} .]+)?\s+(?:\d{4}-\d\d-\d\d|\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/u;

/** True when only spaces stand between `at` and the start of its line (looking back over spaces only: a long line costs nothing). */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i] as string)) i--;
  return i < 0 || text[i] === '\n';
}

function isDateline(text: string, d: Detected): boolean {
  return opensLine(text, d.start) && DATELINE_AFTER.test(text.slice(d.end, d.end + 40));
}

/** "Clifford 4 3 1 0 9 3 10": the rest of the line is a row of numbers, as in a standings table. */
const STANDINGS_ROW = /^(?:\s+\d+(?:[-.]\d+)?){4,}\s*$/;

function isStandingsRow(text: string, d: Detected): boolean {
  if (!opensLine(text, d.start)) return false;
  const lineEnd = text.indexOf('\n', d.end);
  return STANDINGS_ROW.test(text.slice(d.end, lineEnd < 0 ? text.length : lineEnd));
}

/** Retypes, in place, the places of a sports story that name its clubs, and the names heading standings rows. */
export function retypeTeams(text: string, detected: Detected[]): void {
  for (const d of detected) {
    if (d.type !== 'organization' && gazetteerLookup(d.text)?.kind !== 'country' && isStandingsRow(text, d)) {
      d.type = 'organization';
      d.via = 'team';
      continue;
    }
    if (d.type !== 'place') continue;
    const kind = gazetteerLookup(d.text)?.kind;
    // A longer name only compromise took for a place ("Lena Marsh") may be a player.
    if (kind === 'country' || kind === 'region' || (!kind && d.text.includes(' '))) continue;
    if (ENDS_IN_LOCATIVE.test(text.slice(Math.max(0, d.start - 20), d.start)) || isDateline(text, d)) continue;
    d.type = 'organization';
    d.via = 'team';
  }
}
