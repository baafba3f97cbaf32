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
   * in `also`. At most MAX_COVERAGE rows.
   */
  coverage: {
    doc: string;
    title: string;
    source: string | null;
    date: string | null;
    url: string | null;
    sentences: string[];
    also: { doc: string; title: string; url: string | null }[];
  }[];
  /** Articles in the corpus that mention it, the page being read left out: more than `coverage` lists on a busy entity. */
  coverageTotal: number;
  /** The KB's date (its newest article), so a reader knows how fresh the card is. */
  kbDate: string | null;
}

/** 'Often mentioned with' names on a card: about two rows of chips. */
const MAX_RELATED = 5;
/** Rows of related coverage a card carries: the best-ranked, not Trump's thousand (the card's data crosses a message). */
const MAX_COVERAGE = 40;

/** A page as the card sees it: its URL and its text, to recognize it among corpus articles; the KB entities marked on it, to rank coverage. */
export interface PageRef {
  url: string | null;
  text: string;
  entities?: readonly string[];
}

/** YYYY-MM-DD of `now`: the date a card speaks of when its page gives none. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Related coverage from stored coverage: each article with its sentences, never the page being
 * read (by URL or by its text), ranked for the page (rankCoverage: the page's entities an article
 * shares, its closeness to `asOf`; newest first without either), a source's articles of one day in
 * one row. Entity and event cards both list coverage this way. Only web URLs become links: a KB
 * built elsewhere may hold anything.
 */
export function coverageOf(index: KbIndex, coverage: readonly KbCoverage[], page: PageRef, asOf?: string): CardModel['coverage'] {
  const pageShingles = shingleHashes(page.text);
  const isThisPage = (d: KbDocument) => (page.url !== null && d.url === page.url) || isSameArticle(d.fingerprint, pageShingles);
  const shared = new Map<string, number>();
  for (const id of page.entities ?? []) for (const doc of index.entity(id)?.docs ?? []) shared.set(doc, (shared.get(doc) ?? 0) + 1);
  const articles = coverage.flatMap((c) => {
    const d = index.document(c.doc);
    return d && !isThisPage(d) ? [{ doc: d.file, title: d.title, source: d.source, date: d.date, url: webUrl(d.url), sentences: c.sentences }] : [];
  });
  return groupSameDay(rankCoverage(articles, (doc) => shared.get(doc) ?? 0, asOf)).map((row) => ({
    ...row,
    also: row.also.map(({ doc, title, url }) => ({ doc, title, url })),
  }));
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
  // The page's other entities rank its coverage; its own mentions would count for every article.
  const coverage = coverageOf(index, entity.coverage, { ...page, entities: page.entities?.filter((e) => e !== id) }, asOf);
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
    related: entity.related.slice(0, MAX_RELATED).flatMap((r) => {
      const e = index.entity(r.id);
      return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
    }),
    coverage: coverage.slice(0, MAX_COVERAGE),
    coverageTotal: coverage.reduce((n, row) => n + 1 + row.also.length, 0),
    kbDate: index.kb.date,
  };
}
