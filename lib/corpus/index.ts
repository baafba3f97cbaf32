/**
 * The corpus readers: plain text, HTML and JSONL news articles into `Article` records.
 * Pure functions over strings, usable in node and in the extension alike; reading from
 * disk lives in `read-paths.ts`, which is node-only and deliberately not exported here.
 */
export type { Article, ReadProblem, Segment, SegmentKind } from './article';
export { contentKinds } from './article';
export { type JsonlRecord, toRecord } from './jsonl-record';
export { parseDate } from './parse-date';
export { type CorpusRead, corpusExtensions, readCorpusFile } from './read-corpus';
export { type ParseHtml, readHtml } from './read-html';
export { readJsonl } from './read-jsonl';
export { readText } from './read-text';
export { recordArticle } from './record-article';
export { structureText, type TextStructure } from './structure-text';
