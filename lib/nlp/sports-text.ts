/**
 * Is this text laid out as a page of sports results? There a city heading a line of scores is a
 * club, and two bare names are a player (sports-teams.ts, fallback-type.ts). Only the layout
 * decides, never the words of prose: "won the final round of the race in Detroit and Chicago"
 * is as often an election as a game. The layouts:
 * - a headline in capitals naming a sport ("TENNIS - SEEDS FALL IN THE RAIN"), or a sport
 *   before a dash opening the first line ("Rugby - Hosts hold on");
 * - two lines or more of results or standings: a name, then scores ("Seattle 5 Houston 3").
 */
const SPORTS =
  'soccer|football|cricket|tennis|golf|baseball|basketball|hockey|rugby|athletics|cycling|boxing|racing|skiing|squash|badminton|bobsleigh|skating|swimming|rowing|sailing|volleyball|handball|judo|wrestling|nfl|nba|nhl';
const CAPS_HEADLINE_SPORT = new RegExp(`\\b(?:${SPORTS.toUpperCase()})\\b`);
const SPORT_KICKER = new RegExp(`(?:^|\\s-\\s)(?:${SPORTS})\\s*-\\s`, 'i');
/**
 * A line of a results or standings table: a name, then small whole numbers ("Clifford 4 3 1 0 9
 * 3 10", "Seattle 5-3"), or a name and a score twice. Prices and statistics have decimals.
 */
const RESULT_ROW = /^\p{Lu}[\p{L}.'’ -]*?\s+\d{1,3}(?:-\d{1,3})?(?:\s+\p{Lu}[\p{L}.'’ -]*?\s+\d{1,3}|(?:\s+\d{1,3}(?:-\d{1,3})?)+)\s*$/gmu;
const MIN_RESULT_ROWS = 2;

export function isSportsText(text: string): boolean {
  const lineEnd = text.indexOf('\n');
  const firstLine = text.slice(0, lineEnd < 0 ? text.length : lineEnd).trimStart();
  if (!/\p{Ll}/u.test(firstLine) && CAPS_HEADLINE_SPORT.test(firstLine)) return true;
  if (SPORT_KICKER.test(firstLine)) return true;
  return (text.match(RESULT_ROW)?.length ?? 0) >= MIN_RESULT_ROWS;
}
