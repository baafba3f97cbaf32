/**
 * `npx tsx eval/real-pages.ts`: how Backstory reads the saved real news pages of
 * ../shared/pages/real, with the test build (`npm run build:test`). Per page: the blocks and
 * characters read, how many of the article's words (the article text Readability gives) are among
 * the words read, the share of the characters read outside that article text, and the marks (names the KB knows; names it lacks, marked when the reader asks) whose words
 * with 20 characters either side are not in that article text, and the junk names among the
 * marks (eval/junk-names.ts). `-- --kb FILE` reads the pages with another KB (a world KB) in
 * place of the bundled one; `-- --list FILE` writes every mark and unknown name to FILE (JSON
 * lines: page, kind, surface, type, whether outside the article, and the words around it), to
 * see where the outside ones come from and to draw the unknown names' sample from.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { ensureTestBuild, launchWithExtension } from '../tests/e2e/harness';
import {
  articleWordsRead,
  expectedText,
  measure,
  openRealPage,
  REAL_PAGES,
  type ReadPage,
  realPageNames,
  serveRealPages,
  spanInArticle,
} from '../tests/e2e/real-pages';
import { extensionWithKb } from './extension-with-kb';
import { junkNames } from './junk-names';

if (!existsSync(REAL_PAGES)) throw new Error(`${REAL_PAGES} is absent`);
const kbAt = process.argv.indexOf('--kb');
const kbFile = kbAt > 0 ? process.argv[kbAt + 1] : undefined;
const listAt = process.argv.indexOf('--list');
const listFile = listAt > 0 ? process.argv[listAt + 1] : undefined;
const browser = await launchWithExtension(kbFile ? await extensionWithKb(ensureTestBuild(), kbFile) : ensureTestBuild());

/** Characters either side of a listed name. */
const AROUND = 80;

/** One line of `--list` per mark and unknown name of page `name`. */
function listOf(name: string, read: ReadPage, article: string): string[] {
  return read.blocks.flatMap((b) =>
    (['mark', 'unknown'] as const).flatMap((kind) =>
      (kind === 'mark' ? b.marks : b.unknown).map(({ start, end, type }) =>
        JSON.stringify({
          page: name,
          kind,
          surface: b.text.slice(start, end),
          type,
          outside: !spanInArticle(b.text, start, end, article),
          context: `${b.text.slice(Math.max(0, start - AROUND), start)}[[${b.text.slice(start, end)}]]${b.text.slice(end, end + AROUND)}`,
        }),
      ),
    ),
  );
}
const listed: string[] = [];
const junkSeen = new Map<string, number>();
const server = await serveRealPages(browser);
const pct = (part: number, all: number) => (all ? `${((100 * part) / all).toFixed(1)}%` : '-');
const rows = [['page', 'read', 'blocks', 'article words read', 'chars', 'chars outside', 'KB marks', 'outside', 'unknown names', 'outside', 'junk']];
const totals = { words: 0, wordsRead: 0, marks: 0, marksOut: 0, unknown: 0, unknownOut: 0, junk: 0 };
for (const name of realPageNames()) {
  try {
    // The first page waits for the KB to load too: a world KB takes some seconds.
    const { page, read } = await openRealPage(browser, server.url, name, rows.length === 1 ? 120_000 : 20_000);
    const article = expectedText(name);
    const m = measure(read, article);
    const words = articleWordsRead(read, name);
    totals.words += words.words;
    totals.wordsRead += words.read;
    if (listFile) listed.push(...listOf(name, read, article));
    const junk = junkNames(read.blocks);
    totals.junk += junk.length;
    for (const j of junk) junkSeen.set(j, (junkSeen.get(j) ?? 0) + 1);
    totals.marks += m.marks.all;
    totals.marksOut += m.marks.outside;
    totals.unknown += m.unknown.all;
    totals.unknownOut += m.unknown.outside;
    rows.push([
      name,
      'yes',
      `${m.blocks}`,
      `${words.read}/${words.words}`,
      `${m.chars}`,
      pct(m.charsOutside, m.chars),
      `${m.marks.all}`,
      `${m.marks.outside}`,
      `${m.unknown.all}`,
      `${m.unknown.outside}`,
      `${junk.length}`,
    ]);
    await page.close();
  } catch (error) {
    console.error(name, String(error).slice(0, 300));
    rows.push([name, 'NO', '', '', '', '', '', '', '', '', '']);
  }
}
rows.push([
  'all',
  '',
  '',
  `${totals.wordsRead}/${totals.words} (${pct(totals.wordsRead, totals.words)})`,
  '',
  '',
  `${totals.marks}`,
  pct(totals.marksOut, totals.marks),
  `${totals.unknown}`,
  pct(totals.unknownOut, totals.unknown),
  `${totals.junk}`,
]);
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
for (const row of rows) console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`);
const commonest = [...junkSeen].sort((a, b) => b[1] - a[1]).slice(0, 25);
if (commonest.length) console.log(`\nCommonest junk names: ${commonest.map(([j, n]) => `${j} ×${n}`).join('; ')}`);
if (listFile) writeFileSync(listFile, listed.map((line) => `${line}\n`).join(''));
await browser.close();
await server.close();
