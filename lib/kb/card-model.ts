import { dayNumber } from '../corpus/parse-date';
import { webUrl } from '../corpus/web-url';
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
  /** Corpus articles that mention it, closest in time to `asOf` first (newest first without it), never the page being read. */
  coverage: {
    doc: string;
    title: string;
    source: string | null;
    date: string | null;
    url: string | null;
    sentences: string[];
  }[];
  /** The KB's date (its newest article), so a reader knows how fresh the card is. */
  kbDate: string | null;
}

/** 'Often mentioned with' names on a card: about two rows of chips. */
const MAX_RELATED = 5;

/** A page as the card sees it: its URL and its text, to recognize it among corpus articles. */
export interface PageRef {
  url: string | null;
  text: string;
}

/** YYYY-MM-DD of `now`: the date a card speaks of when its page gives none. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Related coverage from stored coverage: each article with its sentences, never the page being
 * read (by URL or by its text); the articles closest in time to `asOf` first (the page's date: a
 * 2017 page about Mugabe wants the coverage of 2017, not of 2024), newest first without it, undated
 * last. Entity and event cards both list coverage this way. Only web URLs become links: a KB built
 * elsewhere may hold anything.
 */
export function coverageOf(index: KbIndex, coverage: readonly KbCoverage[], page: PageRef, asOf?: string): CardModel['coverage'] {
  const pageShingles = shingleHashes(page.text);
  const isThisPage = (d: KbDocument) => (page.url !== null && d.url === page.url) || isSameArticle(d.fingerprint, pageShingles);
  return coverage
    .flatMap((c) => {
      const d = index.document(c.doc);
      return d && !isThisPage(d) ? [{ doc: d.file, title: d.title, source: d.source, date: d.date, url: webUrl(d.url), sentences: c.sentences }] : [];
    })
    .sort((a, b) => {
      if (!a.date || !b.date) return Number(!a.date) - Number(!b.date) || a.doc.localeCompare(b.doc);
      const distance = asOf ? Math.abs(dayNumber(a.date) - dayNumber(asOf)) - Math.abs(dayNumber(b.date) - dayNumber(asOf)) : 0;
      // closest first, then newest, then by file for a stable order
      return distance || b.date.localeCompare(a.date) || a.doc.localeCompare(b.doc);
    });
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
    coverage: coverageOf(index, entity.coverage, page, asOf),
    kbDate: index.kb.date,
  };
}
