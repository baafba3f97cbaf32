/**
 * A family name seen alone ("Bush", "Clinton") that several people of the corpus share is a short
 * form whose meaning changes with time: "Bush" in 2005 is George W. Bush, "Clinton" in 2016
 * Hillary Clinton. Each document of the short form goes to the person the corpus covers most
 * within a year of that document's date, when that one is covered at least twice as much as the
 * next; a document no one clearly holds (or an undated one) stays with the short form.
 */
import { dayNumber } from '../corpus/parse-date';
import { isNameParticle, NAME_SUFFIXES, PATRONYMIC_PARTICLES } from '../nlp/title-words';
import { absorbEntity, type OpenEntity, takeDocument } from './entity-state';

/**
 * The words of a person's name key that a short form may be ("robert f. kennedy jr." → robert, f.,
 * kennedy): not a suffix, nor the father's name after "bin" (a son's name holds his father's), nor
 * a particle ("al" of "omar al bashir", "van"), which many names share.
 */
export function ownNameWords(words: readonly string[]): string[] {
  const father = words.findIndex((w) => PATRONYMIC_PARTICLES.has(w));
  return (father > 0 ? words.slice(0, father) : words).filter((w) => !NAME_SUFFIXES.has(w.replace(/\.$/, '')) && !isNameParticle(w));
}

/** How far from a document's date a person's coverage counts, in days. */
const WINDOW_DAYS = 365;
/** How many times more covered than the next the chosen person must be near that date. */
const CLEAR_LEAD = 2;

/** The sorted day numbers of an entity's dated documents. */
function daysOf(e: OpenEntity, dateOf: (doc: string) => string | null): number[] {
  return [...e.sentences.keys()]
    .flatMap((doc) => {
      const date = dateOf(doc);
      return date ? [dayNumber(date)] : [];
    })
    .sort((a, b) => a - b);
}

/** How many of the sorted `days` are within WINDOW_DAYS of `day`. */
function near(days: readonly number[], day: number): number {
  const firstAtLeast = (x: number) => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtLeast(day + WINDOW_DAYS + 1) - firstAtLeast(day - WINDOW_DAYS);
}

/** Moves each of `short`'s documents to the one of `people` its date points to (see above). */
export function splitShortForm(short: OpenEntity, people: readonly OpenEntity[], dateOf: (doc: string) => string | null): void {
  const days = people.map((p) => daysOf(p, dateOf));
  for (const doc of [...short.sentences.keys()]) {
    const date = dateOf(doc);
    if (!date) continue;
    const counts = days.map((d) => near(d, dayNumber(date)));
    const ranked = counts.map((n, i) => [n, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const [best, next] = ranked;
    if (!best || best[0] === 0 || (next && best[0] < CLEAR_LEAD * next[0])) continue;
    takeDocument(short, people[best[1]] as OpenEntity, doc);
  }
}

/**
 * Moves into `bearer`, the one person whose name `short` may be, each of its documents that is
 * undated or dated within WINDOW_DAYS of a document of the bearer's: "Kerry" in a year no Kerry of
 * the corpus is in the news names another (a county's team). True when all of them went (the whole
 * short form, its names and roles, is the bearer's).
 */
export function takeShortForm(short: OpenEntity, bearer: OpenEntity, dateOf: (doc: string) => string | null): boolean {
  const days = daysOf(bearer, dateOf);
  const apart = new Set(
    [...short.sentences.keys()].filter((doc) => {
      const date = dateOf(doc);
      return date !== null && near(days, dayNumber(date)) === 0;
    }),
  );
  if (!apart.size) {
    absorbEntity(bearer, short);
    return true;
  }
  for (const doc of [...short.sentences.keys()]) if (!apart.has(doc)) takeDocument(short, bearer, doc);
  return false;
}
