import { webUrl } from '../corpus/web-url';
import { groupSameDay, rankCoverage } from './coverage-rank';
import { isSameArticle, shingleHashes } from './fingerprint';
import type { KbIndex } from './kb-index';
import { entityRoleFacts } from './lead-line';
import { factsForDate, isLater } from './role-history';
import type { EntityType, KbCoverage, KbDocument } from './schema';

/** What the hover card shows for one entity: plain data, rendered by components/EntityCard. */
export interface CardModel {
  id: string;
  name: string;
  type: EntityType;
  /** The date the card speaks of: the page's, or today's when the page gives none. */
  asOf: string;
  /** The role held as of `asOf`, with the years the corpus gives it; null when the corpus gives none by then. */
  lead: { text: string; first: string | null; last: string | null } | null;
  /**
   * Background: each role once, the lead first, then the others held by `asOf` (newest first),
   * then those the corpus gives only after it (`later`); each with how many articles give it, their
   * years, and its newest sentence with where it came from.
   */
  roles: {
    text: string;
    docs: number;
    first: string | null;
    last: string | null;
    later: boolean;
    source: string | null;
    date: string | null;
    title: string;
    sentence: string;
  }[];
  /** 'Often mentioned with'. */
  related: { id: string; name: string; type: EntityType }[];
  /**
   * Corpus articles that mention it, ranked for the page (the page's entities they share, closeness
   * to `asOf`: coverage-rank.ts), never the page being read; a source's other articles of that day
   * in `also`. The first view's SHOWN_COVERAGE_ROWS rows; the rest come with `moreCoverage`.
   */
  coverage: CoverageRow[];
  /**
   * The ranked rows after `coverage`, at most MORE_COVERAGE_ROWS, read only when a reader opens
   * them (`moreCoverageOf`, from rank `from`); `articles` counts the articles they hold. Null when
   * `coverage` holds them all.
   */
  moreCoverage: { from: number; articles: number } | null;
  /** Articles in the corpus that mention it, the page being read left out: more than `coverage` lists on a busy entity. */
  coverageTotal: number;
  /** The KB's date (its newest article), so a reader knows how fresh the card is. */
  kbDate: string | null;
}

/** One row of related coverage: an article, with the same source's other articles of that day. */
export interface CoverageRow {
  doc: string;
  title: string;
  source: string | null;
  date: string | null;
  url: string | null;
  sentences: string[];
  also: { doc: string; title: string; url: string | null }[];
}

/** The articles rows of coverage hold: each row's own and the same source's others of that day. */
export const articlesIn = (rows: readonly { also: readonly unknown[] }[]) => rows.reduce((n, row) => n + 1 + row.also.length, 0);

/** 'Often mentioned with' names on a card: two rows of chips, so the first view fits 520 px (at 5, long names wrapped to three: npm run shots:world -- --top 100). */
const SHOWN_RELATED = 4;
/**
 * Rows of related coverage in a card's first view: what a reader sees before "more articles". Only
 * their records are read before the card shows: a sharded KB reads a file for nearly every row.
 */
export const SHOWN_COVERAGE_ROWS = 5;
/** Rows behind "more articles": the best-ranked, not Trump's thousand (they cross a message). */
export const MORE_COVERAGE_ROWS = 35;

/** A page as the card sees it: its URL and its text, to recognize it among corpus articles; the KB entities marked on it, to rank coverage. */
export interface PageRef {
  url: string | null;
  text: string;
  entities?: readonly string[];
}

/** YYYY-MM-DD of `now`: the date a card speaks of when its page gives none. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The shared-entity count of each document: how many of the page's entities it names (their records must be ensured). */
function sharedCounts(index: KbIndex, entities: readonly string[] = []): Map<string, number> {
  const shared = new Map<string, number>();
  for (const id of entities) for (const doc of index.entity(id)?.docs ?? []) shared.set(doc, (shared.get(doc) ?? 0) + 1);
  return shared;
}

/** The last ranking of each coverage list, with what it was ranked for: a card ranks twice (cardDocuments, then toCardModel). */
const lastRanking = new WeakMap<readonly KbCoverage[], { key: string; rows: ReturnType<typeof rankRows> }>();

/**
 * Coverage ranked for the page (rankCoverage: the page's entities an article shares, its closeness
 * to `asOf`; newest first without either) as rows, a source's articles of one day in one row: from
 * documents' heads alone, so no record is read to rank thousands of articles.
 */
function rankedRows(index: KbIndex, coverage: readonly KbCoverage[], page: PageRef, asOf?: string) {
  const key = JSON.stringify([page.entities ?? [], asOf ?? null]);
  const last = lastRanking.get(coverage);
  if (last?.key === key) return last.rows;
  const rows = rankRows(index, coverage, page, asOf);
  lastRanking.set(coverage, { key, rows });
  return rows;
}

function rankRows(index: KbIndex, coverage: readonly KbCoverage[], page: PageRef, asOf?: string) {
  const shared = sharedCounts(index, page.entities);
  const articles = coverage.flatMap((c) => {
    const head = index.documentHead(c.doc);
    return head ? [{ doc: c.doc, date: head.date, source: head.source }] : [];
  });
  return groupSameDay(rankCoverage(articles, (doc) => shared.get(doc) ?? 0, asOf));
}

/** The files of `limit` rows from rank `from`, and of one more: the page being read, found only by its record, may be among them. */
const filesOfRows = (rows: ReturnType<typeof rankedRows>, from: number, limit: number) =>
  rows.slice(from, from + limit + 1).flatMap((row) => [row.doc, ...row.also.map((a) => a.doc)]);

/**
 * Related coverage from stored coverage, at most `limit` rows from rank `from`: each article with
 * its sentences, never the page being read (by URL or by its text), ranked for the page
 * (rankedRows); `total` counts every article but the page, `next` is the rank after the last row
 * listed. Entity and event cards both list coverage this way. Only rows whose records are read
 * (`KbIndex.ensure`) are listed. Only web URLs become links: a KB built elsewhere may hold anything.
 */
export function coverageOf(
  index: KbIndex,
  coverage: readonly KbCoverage[],
  page: PageRef,
  asOf?: string,
  limit = Number.POSITIVE_INFINITY,
  from = 0,
): { rows: CoverageRow[]; total: number; next: number } {
  const pageShingles = shingleHashes(page.text);
  const isThisPage = (d: KbDocument) => (page.url !== null && d.url === page.url) || isSameArticle(d.fingerprint, pageShingles);
  const byDoc = new Map(coverage.map((c) => [c.doc, c]));
  const ranked = rankedRows(index, coverage, page, asOf);
  const rows: CoverageRow[] = [];
  let pages = 0;
  let next = from;
  for (; next < ranked.length && rows.length < limit; next++) {
    const row = ranked[next] as (typeof ranked)[number];
    const read = [row, ...row.also].flatMap(({ doc }) => index.document(doc) ?? []);
    const shown = read.filter((d) => !isThisPage(d));
    pages += read.length - shown.length;
    const [lead, ...also] = shown;
    if (!lead) continue;
    rows.push({
      doc: lead.file,
      title: lead.title,
      source: lead.source,
      date: lead.date,
      url: webUrl(lead.url),
      sentences: byDoc.get(lead.file)?.sentences ?? [],
      also: also.map((d) => ({ doc: d.file, title: d.title, url: webUrl(d.url) })),
    });
  }
  return { rows, total: articlesIn(ranked) - pages, next };
}

/** The page's entities that rank an entity's coverage: its own mentions would count for every article. */
const otherEntities = (page: PageRef, id: string): PageRef => ({ ...page, entities: page.entities?.filter((e) => e !== id) });

/**
 * The documents whose records the card of entity `id` reads: its roles' sources and its first
 * view's coverage rows. A sharded KB reads only these (`KbIndex.ensure`), with the entity's and the
 * page's entities' records, before `toCardModel`.
 */
export function cardDocuments(index: KbIndex, id: string, page: PageRef, asOf: string): string[] {
  const entity = index.entity(id);
  if (!entity) return [];
  const roles = entityRoleFacts(index, entity).map((f) => f.example.doc);
  return [...new Set([...roles, ...filesOfRows(rankedRows(index, entity.coverage, otherEntities(page, id), asOf), 0, SHOWN_COVERAGE_ROWS)])];
}

/** The documents whose records the rows behind "more articles" from rank `from` read (`moreCoverageOf`). */
export function moreCoverageDocuments(index: KbIndex, id: string, page: PageRef, asOf: string, from: number): string[] {
  const entity = index.entity(id);
  return entity ? filesOfRows(rankedRows(index, entity.coverage, otherEntities(page, id), asOf), from, MORE_COVERAGE_ROWS) : [];
}

/** The rows behind entity `id`'s "more articles", from rank `from` (the card's `moreCoverage`): their records read first. */
export function moreCoverageOf(index: KbIndex, id: string, page: PageRef, asOf: string, from: number): CoverageRow[] {
  const entity = index.entity(id);
  return entity ? coverageOf(index, entity.coverage, otherEntities(page, id), asOf, MORE_COVERAGE_ROWS, from).rows : [];
}

/** What the ranked rows from rank `from` hold behind "more articles": null when there are none. */
function moreRows(rows: ReturnType<typeof rankedRows>, from: number): CardModel['moreCoverage'] {
  const more = rows.slice(from, from + MORE_COVERAGE_ROWS);
  return more.length ? { from, articles: articlesIn(more) } : null;
}

/**
 * The card for entity `id` as of `asOf` (YYYY-MM-DD: the page's date, or today), leaving out the
 * page being read (by URL or by its text).
 */
export function toCardModel(index: KbIndex, id: string, page: PageRef, asOf: string): CardModel | null {
  const entity = index.entity(id);
  if (!entity) return null;
  const doc = (file: string) => index.document(file);
  const { lead, ordered } = factsForDate(entityRoleFacts(index, entity), asOf);
  const ranking = otherEntities(page, id);
  const coverage = coverageOf(index, entity.coverage, ranking, asOf, SHOWN_COVERAGE_ROWS);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    asOf,
    lead: lead && { text: lead.text, first: lead.first, last: lead.last },
    roles: ordered.flatMap((f) => {
      const d = doc(f.example.doc);
      return d
        ? [
            {
              text: f.text,
              docs: f.docs,
              first: f.first,
              last: f.last,
              later: isLater(f, asOf),
              source: d.source,
              date: d.date,
              title: d.title,
              sentence: f.example.sentence,
            },
          ]
        : [];
    }),
    related: entity.related.slice(0, SHOWN_RELATED).flatMap((r) => {
      const e = index.entity(r.id);
      return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
    }),
    coverage: coverage.rows,
    moreCoverage: moreRows(rankedRows(index, entity.coverage, ranking, asOf), coverage.next),
    coverageTotal: coverage.total,
    kbDate: index.kb.date,
  };
}
