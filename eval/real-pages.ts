/**
 * `npx tsx eval/real-pages.ts`: how Backstory reads the saved real news pages of
 * ../shared/pages/real, with the test build (`npm run build:test`). Per page: the blocks and
 * characters read, the share of those characters outside the article text Readability gives,
 * and the marks (names the KB knows; names it lacks, marked when the reader asks) whose words
 * with 20 characters either side are not in that article text.
 */
import { existsSync } from 'node:fs';
import { ensureTestBuild, launchWithExtension } from '../tests/e2e/harness';
import { expectedText, measure, openRealPage, REAL_PAGES, realPageNames, serveRealPages } from '../tests/e2e/real-pages';

if (!existsSync(REAL_PAGES)) throw new Error(`${REAL_PAGES} is absent`);
const browser = await launchWithExtension(ensureTestBuild());
const server = await serveRealPages(browser);
const pct = (part: number, all: number) => (all ? `${((100 * part) / all).toFixed(1)}%` : '-');
const rows = [['page', 'read', 'blocks', 'chars', 'chars outside', 'KB marks', 'outside', 'unknown names', 'outside']];
const totals = { marks: 0, marksOut: 0, unknown: 0, unknownOut: 0 };
for (const name of realPageNames()) {
  try {
    const { page, read } = await openRealPage(browser, server.url, name, 20_000, 2_000);
    const m = measure(read, expectedText(name));
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
    ]);
    await page.close();
  } catch (error) {
    console.error(name, String(error).slice(0, 300));
    rows.push([name, 'NO', '', '', '', '', '', '', '']);
  }
}
rows.push(['all', '', '', '', '', `${totals.marks}`, pct(totals.marksOut, totals.marks), `${totals.unknown}`, pct(totals.unknownOut, totals.unknown)]);
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
for (const row of rows) console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`);
await browser.close();
await server.close();
