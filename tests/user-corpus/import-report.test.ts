import { describe, expect, it } from 'vitest';
import { type ImportReport, progressText, reportSummary } from '../../lib/user-corpus/import-report';

const report = (over: Partial<ImportReport>): ImportReport => ({ added: 0, alreadyStored: 0, files: 1, read: 0, duplicates: [], problems: [], ...over });
const where = { file: 'day.jsonl', line: 2, message: 'x' };

describe('the import report', () => {
  it('says what was added of what was read, and what was skipped and why', () => {
    expect(reportSummary(report({ added: 113_876, read: 113_877, duplicates: [where] }))).toBe(
      'Added 113,876 of 113,877 articles read from 1 file. Skipped: 1 duplicate within the import (same URL and text).',
    );
    expect(reportSummary(report({ added: 1, read: 3, files: 4, alreadyStored: 2, problems: [where, where] }))).toBe(
      'Added 1 of 3 articles read from 4 files. Skipped: 2 articles already stored; 2 problems (listed below).',
    );
    expect(reportSummary(report({ files: 2, problems: [where, where] }))).toBe('No articles read from 2 files. Skipped: 2 problems (listed below).');
  });

  it('counts progress in articles and megabytes, then the commit', () => {
    expect(
      progressText({ phase: 'reading', file: 'world.jsonl', articles: 20_000, stored: 0, bytesRead: 8 * 1024 * 1024, totalBytes: 45.2 * 1024 * 1024 }),
    ).toBe('20,000 articles read, 8.0 MB of 45.2 MB (world.jsonl)');
    expect(progressText({ phase: 'storing', file: '', articles: 1, stored: 0, bytesRead: 9, totalBytes: 9 })).toBe('Storing: 0 of 1 article stored');
    expect(progressText({ phase: 'storing', file: '', articles: 113_876, stored: 20_000, bytesRead: 9, totalBytes: 9 })).toBe(
      'Storing: 20,000 of 113,876 articles stored',
    );
  });
});
