/**
 * The masthead: the publication's name on a line of its own above the headline
 * ("The Boston Globe", "Reuters", "Time.news").
 */

/** Wire services and broadcasters whose bare name is a masthead. */
const brands =
  /^(?:reuters|afp|ap|upi|bbc(?: news)?|cnn|npr|pbs|(?:abc|nbc|cbs|sky) news|bloomberg|politico|axios|al jazeera|associated press|yonhap|xinhua|kyodo|tass|dpa|efe|ansa)$/i;
/**
 * Words that name papers ("Times", "Herald", "Daily"). They count only at the start or
 * end of the line, where a paper's name has them; "Storm Sets Record Rainfall" keeps its
 * place as a headline, which is why "record", "star" or "today" are not in the list.
 */
const pressWords =
  /^(?:times|post|globe|journal|herald|tribune|news|guardian|telegraph|independent|gazette|chronicle|observer|press|daily|weekly|wire|courier|examiner|inquirer|ledger|sentinel|agency)$/i;
const domain = /^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|news|info|co|uk|io|de|fr|in|kr|jp|au|ca)$/i;
const minor = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', '&']);

/** True when every significant word is capitalized ("The Boston Globe", not "US and South Korea close ranks"). */
function isTitleCase(words: string[]): boolean {
  return words.every((w, i) => (i > 0 && minor.has(w.toLowerCase())) || /^[\p{Lu}\d]/u.test(w));
}

/**
 * Whether `line`, the first heading line of a file, is a masthead. A bare domain, a wire
 * service, or a short title-case line with a paper's word counts; any other name-like line
 * counts only when `headingCount` (heading lines above the body) is at least three,
 * i.e. a headline and a subtitle follow it — else it is likelier the headline itself.
 */
export function isMasthead(line: string, headingCount: number): boolean {
  if (domain.test(line)) return true;
  const words = line.split(/\s+/);
  if (words.length > 6 || /[.!?:;,]$/.test(line) || !isTitleCase(words)) return false;
  if (brands.test(line)) return true;
  const named = words.filter((w) => w !== 'The');
  if (pressWords.test(named[0] ?? '') || pressWords.test(named[named.length - 1] ?? '')) return true;
  // Without press words only a name-like line counts ("Yonhap", "The Hindu"): "Storm Hits Coast" is a headline.
  return headingCount >= 3 && (words.length <= 2 || (words[0] === 'The' && words.length <= 4));
}
