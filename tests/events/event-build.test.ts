/**
 * Events built from articles written for this test, telling the seeds-gold events in other words
 * than the bundled corpus: one event per happening across articles, direction kept, dates resolved.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../lib/corpus/read-text';
import { buildKb, serializeKb } from '../../lib/kb/build';
import { buildEvents } from '../../lib/kb/event-build';
import { type EventObservation, refKey } from '../../lib/kb/event-observe';
import { createKbIndex } from '../../lib/kb/kb-index';
import type { Kb, KbEvent } from '../../lib/kb/schema';
import { bundledKb } from '../kb/bundled-kb';

const articles = [
  readText(
    'seoul-visit.txt',
    'Seoul, 7 March 2024 (NNA): Antony Blinken arrived in Seoul on Wednesday for two days of talks with President Yoon Suk Yeol of South Korea.\n' +
      'Officials say North Korea has shipped artillery rounds and rockets to Russia since the summer.\n' +
      'Russia in turn is handing satellite technology to North Korea, the ministry said.\n' +
      'Lloyd Austin held talks with Yoon Suk Yeol on 2 March.\n',
  ),
  readText(
    'front-report.txt',
    'Tokyo, 8 March 2024 (NNA): Freight trains carried shipments of shells from Pyongyang to Moscow all winter, analysts said.\n' +
      'Thousands of North Korean soldiers were deployed near Kursk, where they fought Ukrainian units.\n' +
      'Russian forces launched a missile attack on the capital of Ukraine overnight.\n' +
      'Air raid sirens sounded across Kyiv until dawn.\n',
  ),
];

const kb = buildKb(articles);
const names = (e: KbEvent) => e.participants.map((id) => kb.entities.find((x) => x.id === id)?.name);
const withAll = (k: Kb, ...participants: string[]) => k.events.filter((e) => participants.every((p) => names(e).includes(p)));

describe('buildEvents', () => {
  it('makes one event of the same supplies told in different words in two articles', () => {
    const supply = kb.events.filter((e) => e.kind === 'supply' && e.agents[0] === 'north-korea');
    expect(supply).toHaveLength(1);
    expect(supply[0]?.targets).toEqual(['russia']);
    expect(supply[0]?.docs).toEqual(['front-report.txt', 'seoul-visit.txt']);
    expect(supply[0]?.label).toMatch(/^North Korea supplies \w+ to Russia$/);
    expect(supply[0]?.date).toBe('2024-03-07');
  });

  it('keeps supplies going the other way apart', () => {
    const back = kb.events.filter((e) => e.kind === 'supply' && e.agents[0] === 'russia');
    expect(back.map((e) => [e.label, e.targets, e.docs])).toEqual([['Russia supplies technology to North Korea', ['north-korea'], ['seoul-visit.txt']]]);
  });

  it('dates a visit by its weekday and names the host country of the capital', () => {
    const [visit] = withAll(kb, 'Antony Blinken', 'South Korea', 'Seoul');
    expect(visit?.label).toBe('Antony Blinken visits South Korea');
    expect(visit?.date).toBe('2024-03-06');
    expect(visit?.place).toBe('seoul');
  });

  it('dates an event by a date written in its clause', () => {
    expect(withAll(kb, 'Lloyd Austin').map((e) => [e.label, e.date])).toEqual([['Lloyd Austin meets Yoon Suk Yeol', '2024-03-02']]);
  });

  it('reads demonyms and "the capital of" as the countries and city they stand for', () => {
    expect(withAll(kb, 'North Korea', 'Kursk').map((e) => e.label)).toEqual(['North Korea deploys troops in Kursk']);
    expect(withAll(kb, 'Russia', 'Kyiv').map((e) => e.label)).toEqual(['Russia attacks Kyiv']);
  });

  it('makes no event of a clause one of whose parties is no KB entity', () => {
    const index = createKbIndex(kb);
    const meeting = (target: string): EventObservation => ({
      kind: 'meet',
      visit: false,
      agents: [refKey('Lloyd Austin', 'person')],
      targets: [refKey('Yoon Suk Yeol', 'person'), refKey(target, 'person')],
      places: [],
      others: [],
      objects: [],
      date: '2024-03-02',
      start: 0,
      end: 1,
      doc: 'seoul-visit.txt',
      sentence: 'invented',
    });
    expect(buildEvents([meeting('Antony Blinken')], index)).toHaveLength(1);
    expect(buildEvents([meeting('Nobody Known Here')], index)).toEqual([]);
  });

  it('keeps the sentences that tell each event, per document', () => {
    const [visit] = withAll(kb, 'Antony Blinken', 'Seoul');
    expect(visit?.coverage).toEqual([{ doc: 'seoul-visit.txt', sentences: [expect.stringContaining('arrived in Seoul on Wednesday')] }]);
  });

  it('gives unique sorted ids and the same bytes in any article order', () => {
    const ids = kb.events.map((e) => e.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(serializeKb(buildKb([...articles].reverse()))).toBe(serializeKb(kb));
  });
});

describe("the bundled KB's events", () => {
  it('hold their invariants: known entities in every role, agents first, known documents, coverage per document', async () => {
    const bundled = await bundledKb();
    const entities = new Set(bundled.entities.map((e) => e.id));
    const files = new Set(bundled.documents.map((d) => d.file));
    for (const e of bundled.events) {
      expect(e.participants.every((p) => entities.has(p))).toBe(true);
      expect(e.participants.slice(0, e.agents.length)).toEqual(e.agents);
      expect([...e.targets, ...(e.place ? [e.place] : [])].every((p) => e.participants.includes(p))).toBe(true);
      expect(e.docs.every((d) => files.has(d))).toBe(true);
      expect(e.coverage.map((c) => c.doc)).toEqual(e.docs);
    }
  });
});
