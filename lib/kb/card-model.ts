import { isSameArticle, shingleHashes } from './fingerprint';
import type { KbIndex } from './kb-index';
import type { EntityType, KbDocument } from './schema';

/** What the hover card shows for one entity: plain data, rendered by components/EntityCard. */
export interface CardModel {
  id: string;
  name: string;
  type: EntityType;
  /** Background: each role with where it came from. */
  roles: { text: string; source: string | null; date: string | null; title: string; sentence: string }[];
  /** 'Often mentioned with'. */
  related: { id: string; name: string; type: EntityType }[];
  /** Corpus articles that mention it, newest first, never the page being read. */
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

const MAX_RELATED = 6;

/** The card for entity `id`, leaving out the page being read (by URL or by its text). */
export function toCardModel(index: KbIndex, id: string, page: { url: string | null; text: string }): CardModel | null {
  const entity = index.entity(id);
  if (!entity) return null;
  const pageShingles = shingleHashes(page.text);
  const isThisPage = (d: KbDocument) => (page.url !== null && d.url === page.url) || isSameArticle(d.fingerprint, pageShingles);
  const doc = (file: string) => index.document(file);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    roles: entity.roles.flatMap((r) => {
      const d = doc(r.doc);
      return d ? [{ text: r.text, source: d.source, date: d.date, title: d.title, sentence: r.sentence }] : [];
    }),
    related: entity.related.slice(0, MAX_RELATED).flatMap((r) => {
      const e = index.entity(r.id);
      return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
    }),
    coverage: entity.coverage
      .flatMap((c) => {
        const d = doc(c.doc);
        return d && !isThisPage(d) ? [{ doc: d.file, title: d.title, source: d.source, date: d.date, url: d.url, sentences: c.sentences }] : [];
      })
      // newest first; undated last; then by file for a stable order
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.doc.localeCompare(b.doc)),
    kbDate: index.kb.date,
  };
}
