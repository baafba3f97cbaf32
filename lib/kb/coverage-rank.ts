/**
 * Related coverage ranked for the page being read: an article that shares more of the page's
 * entities, and one closer in time to the page's date, comes first (a 2017 page on Mugabe's fall
 * wants the 2017 articles that also name Mnangagwa, not the hundred others); then articles of one
 * source on one day (a wire's updates of one story) are grouped into one row.
 */
import { dayNumber } from '../corpus/parse-date';
import { valueFor } from '../multimap';
import { byCode } from './kb-state';

/** Days over which an article's weight halves with its distance from the page's date. */
const HALF_LIFE_DAYS = 365;

export interface RankedArticle {
  doc: string;
  source: string | null;
  date: string | null;
}

/**
 * How much an article matters to the page: (1 + the page's entities it shares) × its closeness
 * in time (1 on the page's date, halving each HALF_LIFE_DAYS; 0 undated, which a page's date cannot place).
 * Without a date to read against, closeness is 1.
 */
export function coverageScore(article: RankedArticle, shared: number, asOf?: string): number {
  const closeness = !asOf ? 1 : !article.date ? 0 : 2 ** (-Math.abs(dayNumber(article.date) - dayNumber(asOf)) / HALF_LIFE_DAYS);
  return (1 + shared) * closeness;
}

/** `articles` best first for a page dated `asOf` whose other entities appear in `shared(doc)` of them; equals newest first, undated last, then by file. */
export function rankCoverage<T extends RankedArticle>(articles: readonly T[], shared: (doc: string) => number, asOf?: string): T[] {
  // One score per date and shared count: an entity's thousands of articles fall on far fewer days.
  const scores = new Map<string, number>();
  const scored = articles.map((a) => {
    const count = shared(a.doc);
    return { a, score: valueFor(scores, `${a.date}\t${count}`, () => coverageScore(a, count, asOf)) };
  });
  scored.sort((x, y) => y.score - x.score || Number(!x.a.date) - Number(!y.a.date) || byCode(y.a.date ?? '', x.a.date ?? '') || byCode(x.a.doc, y.a.doc));
  return scored.map((s) => s.a);
}

/** Ranked articles as rows: each source's articles of one day in the row of its best-ranked one (`also`, in rank order). */
export function groupSameDay<T extends RankedArticle>(ranked: readonly T[]): (T & { also: T[] })[] {
  const rows: (T & { also: T[] })[] = [];
  const byDay = new Map<string, T & { also: T[] }>();
  for (const article of ranked) {
    const key = article.source && article.date ? `${article.source}\n${article.date}` : null;
    const row = key ? byDay.get(key) : undefined;
    if (row) {
      row.also.push(article);
      continue;
    }
    const fresh = { ...article, also: [] };
    rows.push(fresh);
    if (key) byDay.set(key, fresh);
  }
  return rows;
}
