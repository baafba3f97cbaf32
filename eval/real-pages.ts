/**
 * `npx tsx eval/real-pages.ts`: how Backstory reads the saved real news pages of
 * ../shared/pages/real, with the test build (`npm run build:test`). Per page: the blocks and
 * characters read, the share of those characters outside the article text Readability gives,
 * and the marks (names the KB knows; names it lacks, marked when the reader asks) whose words
 * with 20 characters either side are not in that article text, and the junk names among the
 * marks (eval/junk-names.ts). `-- --kb FILE` reads the pages with another KB (a world KB) in
 * place of the bundled one.
 */
import { existsSync } from 'node:fs';
import { ensureTestBuild, launchWithExtension } from '../tests/e2e/harness';
import { expectedText, measure, openRealPage, REAL_PAGES, type ReadPage, realPageNames, serveRealPages } from '../tests/e2e/real-pages';
import { extensionWithKb } from './extension-with-kb';
import { junkNameReason } from './junk-names';

if (!existsSync(REAL_PAGES)) throw new Error(`${REAL_PAGES} is absent`);
const kbAt = process.argv.indexOf('--kb');
const kbFile = kbAt > 0 ? process.argv[kbAt + 1] : undefined;
const browser = await launchWithExtension(kbFile ? await extensionWithKb(ensureTestBuild(), kbFile) : ensureTestBuild());

/** The junk names among a page's marks and unknown names, as "surface (type, why)". */
function junkOf(read: ReadPage): string[] {
  return read.blocks.flatMap((b) =>
    [...b.marks, ...b.unknown].flatMap(({ start, end, type }) => {
      const surface = b.text.slice(start, end);
      const why = junkNameReason(surface);
      return why ? [`${surface} (${type}, ${why})`] : [];
    }),
  );
}
const junkSeen = new Map<string, number>();
const server = await serveRealPages(browser);
const pct = (part: number, all: number) => (all ? `${((100 * part) / all).toFixed(1)}%` : '-');
const rows = [['page', 'read', 'blocks', 'chars', 'chars outside', 'KB marks', 'outside', 'unknown names', 'outside', 'junk']];
const totals = { marks: 0, marksOut: 0, unknown: 0, unknownOut: 0, junk: 0 };
for (const name of realPageNames()) {
  try {
    // The first page waits for the KB to load too: a world KB takes some seconds.
    const { page, read } = await openRealPage(browser, server.url, name, rows.length === 1 ? 120_000 : 20_000, 2_000);
    const m = measure(read, expectedText(name));
    const junk = junkOf(read);
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
    rows.push([name, 'NO', '', '', '', '', '', '', '', '']);
  }
}
rows.push([
  'all',
  '',
  '',
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
await browser.close();
await server.close();
