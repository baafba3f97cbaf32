/**
 * Matching at scale (issue 6, target 6): the alias scan (lib/match/alias-scan.ts) over generated
 * news with a 100,000-entity KB, in MB of text a second, beside the same text's word
 * tokenization alone (the floor of any word-by-word scan) in the same run.
 */
import { createKbIndex } from '../lib/kb/kb-index';
import { createAliasScanner } from '../lib/match/alias-scan';
import { generateArticles } from './corpus/generate';
import { syntheticKb } from './corpus/synthetic-kb';
import { type Figure, ratio } from './report';
import { median, timeRuns } from './stats';

const RUNS = 5;
const TEXT_BYTES = 8 * 2 ** 20;
const TARGET_MB_PER_S = 10;

/** About 8 MB of generated news, with a KB entity named in every paragraph so the scan has hits to report. */
function textWithNames(names: readonly string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  let i = 0;
  for (const article of generateArticles(Math.ceil(TEXT_BYTES / 3000), 'alias-scan')) {
    for (const paragraph of article.text.split('\n\n')) {
      parts.push(`${paragraph} ${names[(i++ * 7919) % names.length]} said so too.`);
      bytes += paragraph.length;
    }
    if (bytes >= TEXT_BYTES) break;
  }
  return parts.join('\n\n');
}

export async function aliasScanFigures(): Promise<Figure[]> {
  const index = createKbIndex(syntheticKb(100_000));
  const scanner = createAliasScanner(index);
  const text = textWithNames(index.kb.entities.map((e) => e.name));
  const mb = Buffer.byteLength(text) / 2 ** 20;
  let hits = 0;
  const scan = median(await timeRuns(RUNS, () => (hits = scanner.scan(text).length)));
  const words = median(await timeRuns(RUNS, () => text.match(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length));
  const rate = mb / (scan / 1000);
  return [
    {
      name: `alias scan, 100,000-entity KB (${mb.toFixed(1)} MB of text, ${hits.toLocaleString('en')} hits)`,
      value: `${rate.toFixed(1)} MB/s`,
      target: `≥ ${TARGET_MB_PER_S} MB/s`,
      baseline: `word tokenization alone ${(mb / (words / 1000)).toFixed(1)} MB/s (scan takes ${ratio(scan, words)} its time)`,
      met: rate >= TARGET_MB_PER_S,
    },
  ];
}
