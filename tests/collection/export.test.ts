import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCollection, exportPage, pageRows } from '../../lib/collection/export';
import { item } from './items';

const tricky = item({
  surface: 'Park "Jin"',
  sentence: 'He said, "We agree",\nand left; then: done.',
  title: 'Talks, day 2',
  time: Date.UTC(2026, 0, 2, 10, 0, 0),
});

describe('exportCollection', () => {
  it('writes CSV that parses back to the same fields, commas, quotes and line breaks included', () => {
    const file = exportCollection([tricky, item({ source: 'met', id: 'seoul', name: 'Seoul', type: 'place' })], 'csv', '2026-01-02');
    expect(file.name).toBe('backstory-collection-2026-01-02.csv');
    const parsed = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['source', 'kind', 'id', 'name', 'type', 'surface', 'sentence', 'url', 'title', 'time']);
    expect(parsed.data[0]).toEqual({ ...tricky, time: '2026-01-02T10:00:00.000Z' });
    expect(parsed.data.map((r) => r.id)).toEqual(['park-jin', 'seoul']);
  });

  it('keeps a cell that looks like a formula from running in a spreadsheet', () => {
    const text = exportCollection([item({ surface: '=HYPERLINK("x")' })], 'csv', 'd').text;
    const row = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data[0];
    expect(row?.surface).toBe(`'=HYPERLINK("x")`);
  });

  it('writes JSON that parses back to the very items', () => {
    const items = [tricky, item({ kind: 'event', id: 'talks', type: 'event' })];
    const parsed = JSON.parse(exportCollection(items, 'json', 'd').text);
    expect(parsed).toEqual({ format: 'backstory-collection', items });
  });
});

describe('exportPage', () => {
  const rows = pageRows({
    url: 'https://news.example/a',
    entities: [{ id: 'nato', name: 'NATO', type: 'organization', count: 3 }],
    events: [{ id: 'talks', label: 'Talks, in Seoul', count: 1 }],
  });

  it("holds the page's entities and events with their KB ids", () => {
    const csv = exportPage(rows, 'csv', 'news.example');
    expect(csv.name).toBe('backstory-page-news.example.csv');
    const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(parsed.data).toEqual([
      { kind: 'entity', id: 'nato', name: 'NATO', type: 'organization', mentions: '3', url: 'https://news.example/a' },
      { kind: 'event', id: 'talks', name: 'Talks, in Seoul', type: 'event', mentions: '1', url: 'https://news.example/a' },
    ]);
    expect(JSON.parse(exportPage(rows, 'json', 'news.example').text).items).toEqual(rows);
  });
});
