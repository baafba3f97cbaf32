/**
 * One JSONL corpus record, checked field by field so a bad line is reported with the
 * reason ("\"authors\" must be an array of strings") instead of failing later.
 */

export interface JsonlRecord {
  text: string;
  title: string | null;
  source: string | null;
  /** As written; the reader normalizes it. */
  date: string | null;
  url: string | null;
  authors: string[] | null;
}

const optionalStrings = ['title', 'source', 'date', 'url'] as const;

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Check a parsed line; returns the record, or a message saying what is wrong with it. */
export function toRecord(value: unknown): JsonlRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a JSON object, got ${typeName(value)}`;
  }
  const fields = value as Record<string, unknown>;
  if (!('text' in fields)) return 'missing required field "text"';
  if (typeof fields.text !== 'string') return `"text" must be a string, got ${typeName(fields.text)}`;
  if (fields.text.trim() === '') return '"text" is empty';
  const record: JsonlRecord = { text: fields.text, title: null, source: null, date: null, url: null, authors: null };
  for (const key of optionalStrings) {
    const v = fields[key];
    if (v === undefined || v === null) continue; // absent and null both mean "not stated"
    if (typeof v !== 'string') return `"${key}" must be a string, got ${typeName(v)}`;
    record[key] = v.trim() || null;
  }
  const authors = fields.authors;
  if (authors !== undefined && authors !== null) {
    if (!Array.isArray(authors) || !authors.every((a) => typeof a === 'string')) {
      return `"authors" must be an array of strings, got ${typeName(authors)}`;
    }
    record.authors = authors.map((a) => a.trim()).filter(Boolean);
  }
  return record;
}
