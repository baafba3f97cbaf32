/**
 * Clubs named after places: in a sports story, "Surrey", "CHICAGO" or "Barcelona" is the team
 * (ORG in CoNLL and AIDA), while a country is its national side (LOC, as CoNLL labels it), a
 * dateline is where the story was filed and "in Chicago" is where the game was played.
 */
import type { Detected } from './detect';
import { gazetteerLookup } from './gazetteer';

const LOCATIVE = /\b(?:in|at|from|near|to|of|outside|across|around)\s+(?:the\s+)?$/i;
/** "LONDON 1996-08-30", "SEOUL, March 3 (Reuters) -": the place a story was filed from. */
const DATELINE_AFTER = /^(?:,\s*[\p{L} .]+)?\s+(?:\d{4}-\d\d-\d\d|\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/u;

function isDateline(text: string, d: Detected): boolean {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  return !text.slice(lineStart, d.start).trim() && DATELINE_AFTER.test(text.slice(d.end, d.end + 40));
}

/** Retypes, in place, the places of a sports story that name its clubs. */
export function retypeTeams(text: string, detected: Detected[]): void {
  for (const d of detected) {
    if (d.type !== 'place') continue;
    const kind = gazetteerLookup(d.text)?.kind;
    // A longer name only compromise took for a place ("Lena Marsh") may be a player.
    if (kind === 'country' || kind === 'region' || (!kind && d.text.includes(' '))) continue;
    if (LOCATIVE.test(text.slice(Math.max(0, d.start - 20), d.start)) || isDateline(text, d)) continue;
    d.type = 'organization';
    d.via = 'team';
  }
}
