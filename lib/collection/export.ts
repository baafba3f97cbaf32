import Papa from 'papaparse';
import type { TabSummary } from '../messages';
import type { CollectionItem } from './item';

/** What an export holds: named columns, one row a record; JSON keeps the records as they are. */
export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

const COLLECTION_COLUMNS = ['source', 'kind', 'id', 'name', 'type', 'surface', 'sentence', 'url', 'title', 'time'] as const;
const PAGE_COLUMNS = ['kind', 'id', 'name', 'type', 'mentions', 'url'] as const;

/** CSV as spreadsheets read it: a header row, every field quoted where it must be (commas, quotes, line breaks), CRLF rows. */
function csv(columns: readonly string[], rows: readonly Record<string, string | number>[]): string {
  // escapeFormulae: a surface or sentence starting with = + - @ must not run as a formula when opened.
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n', escapeFormulae: true });
}

/** The collection as CSV (times as ISO 8601 UTC) or JSON (the items exactly as stored: parsing it gives them back). */
export function exportCollection(items: readonly CollectionItem[], format: 'csv' | 'json', day: string): ExportFile {
  const name = `backstory-collection-${day}.${format}`;
  if (format === 'json') return { name, mime: 'application/json', text: `${JSON.stringify({ format: 'backstory-collection', items }, null, 2)}\n` };
  const rows = items.map((item) => ({ ...item, time: new Date(item.time).toISOString() }));
  return { name, mime: 'text/csv', text: csv(COLLECTION_COLUMNS, rows) };
}

/** One row a page's entity or event, with its KB id and its count of mentions (sentences, for events). */
export interface PageRow {
  kind: 'entity' | 'event';
  id: string;
  name: string;
  type: string;
  mentions: number;
  url: string;
}

/** A tab's entities and events as export rows. */
export function pageRows(summary: Pick<TabSummary, 'url' | 'entities' | 'events'>): PageRow[] {
  const url = summary.url ?? '';
  return [
    ...summary.entities.map((e) => ({ kind: 'entity' as const, id: e.id, name: e.name, type: e.type, mentions: e.count, url })),
    ...summary.events.map((e) => ({ kind: 'event' as const, id: e.id, name: e.label, type: 'event', mentions: e.count, url })),
  ];
}

/** This page's entities and events as CSV or JSON. */
export function exportPage(rows: readonly PageRow[], format: 'csv' | 'json', host: string): ExportFile {
  const name = `backstory-page-${host || 'page'}.${format}`;
  if (format === 'json') return { name, mime: 'application/json', text: `${JSON.stringify({ format: 'backstory-page', items: rows }, null, 2)}\n` };
  return { name, mime: 'text/csv', text: csv(PAGE_COLUMNS, rows as unknown as Record<string, string | number>[]) };
}
