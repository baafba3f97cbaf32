/**
 * Golden file: an article written for this test (fixtures/other-words.txt) tells six seeds-gold
 * events in words the bundled corpus never uses, beside a paragraph on something else; the events
 * `annotate` reports must be exactly those in fixtures/other-words.events.json. Try it by hand:
 * `npx backstory annotate tests/events/fixtures/other-words.txt --json`.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readText } from '../../lib/corpus/read-text';
import { contentRanges } from '../../lib/kb/document-record';
import { createKbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import { bundledKb } from '../kb/bundled-kb';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

it('reports exactly the golden events, each with its sentence', async () => {
  const article = readText('other-words.txt', fixture('other-words.txt'));
  const { events } = annotate(createKbIndex(await bundledKb()), article.text, { ranges: contentRanges(article) });
  expect(events.map(({ id, text }) => ({ id, text }))).toEqual(JSON.parse(fixture('other-words.events.json')));
  for (const e of events) expect(article.text.slice(e.start, e.end)).toBe(e.text);
});
