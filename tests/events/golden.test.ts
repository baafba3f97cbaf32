/**
 * Golden files: original pages written for this test (fixtures/other-words/*.txt) tell the bundled
 * KB's events in words its corpus never uses (paraphrases, "the North", capitals, "the Kremlin"),
 * beside sentences on other happenings of the same participants; `annotate` must report exactly
 * the events in each page's .events.json, less those marked "missed" (a known miss, and why), which
 * `npm run eval` counts in its recall. Try one by hand:
 * `npx backstory annotate tests/events/fixtures/other-words/courier.txt --json`.
 */
import { expect, it } from 'vitest';
import { otherWordsPages } from '../../eval/event-checks';
import { readText } from '../../lib/corpus/read-text';
import { contentRanges } from '../../lib/kb/document-record';
import { createKbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import { bundledKb } from '../kb/bundled-kb';

it.each(otherWordsPages().map((p) => [p.name, p] as const))('%s: reports exactly the golden events, each with its sentence', async (_, page) => {
  const article = readText(page.name, page.text);
  const { events } = annotate(createKbIndex(await bundledKb()), article.text, { ranges: contentRanges(article), date: article.date });
  expect(events.map(({ id, text }) => ({ id, text }))).toEqual(page.expected.filter((e) => !e.missed).map(({ id, text }) => ({ id, text })));
  for (const e of events) expect(article.text.slice(e.start, e.end)).toBe(e.text);
});
