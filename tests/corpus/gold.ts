/**
 * The bundled corpus and the expected metadata for it, from the shared gold file
 * (read at test time so the tests follow the gold, not a copy of it).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Article } from '../../lib/corpus/article';

/** One `documents` entry of seeds-gold.json; absent fields mean "none". */
export interface GoldDocument {
  file: string;
  title: string | null;
  source: string | null;
  date: string | null;
  dateline?: string;
  subtitle?: string;
  authors?: string[];
}

export const goldDocuments: GoldDocument[] = JSON.parse(readFileSync(new URL('../fixtures/seeds-gold.json', import.meta.url), 'utf8')).documents;

/** The text of a bundled corpus file. */
export function bundled(file: string): string {
  return readFileSync(new URL(`../../assets/corpus/${file}`, import.meta.url), 'utf8');
}

/** A test fixture's content. */
export function fixture(path: string): string {
  return readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
}

/** Assert the metadata the gold states; `skip` lists fields a format cannot carry. */
export function expectGoldMetadata(article: Article, gold: GoldDocument, skip: string[] = []): void {
  const expected = {
    title: gold.title,
    subtitle: gold.subtitle ?? null,
    source: gold.source,
    date: gold.date,
    dateline: gold.dateline ?? null,
    authors: gold.authors ?? [],
  };
  const actual = { ...article, dateline: article.dateline?.place ?? null };
  for (const [field, value] of Object.entries(expected)) {
    if (!skip.includes(field)) expect(actual[field as keyof typeof expected], `${gold.file} ${field}`).toEqual(value);
  }
}
