import type { Article } from './article';
import type { JsonlRecord } from './jsonl-record';
import { parseDate } from './parse-date';
import { structureText } from './structure-text';
import { webUrl } from './web-url';

/**
 * An article from a checked record (a JSONL line, or an article of the user's corpus, which is
 * stored in that very shape). Fields given in the record win over what the text's own header
 * says; a date that is not understood is left null, and so is a URL that is not absolute http(s).
 */
export function recordArticle(file: string, record: JsonlRecord): Article {
  const structure = structureText(record.text, { knownTitle: record.title });
  return {
    ...structure,
    file,
    title: record.title ?? structure.title,
    source: record.source ?? structure.source,
    date: (record.date && parseDate(record.date)) || structure.date,
    authors: record.authors ?? structure.authors,
    url: webUrl(record.url),
  };
}
