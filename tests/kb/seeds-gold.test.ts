/**
 * The KB built from the bundled corpus against tests/fixtures/seeds-gold.json (the team's gold for
 * that corpus, copied from ../shared/eval so CI needs nothing outside the repository): every
 * non-optional entity with its type, aliases, roles and documents, the documents' metadata, and
 * every event with its participants, documents, date and the sentences that tell it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsFor, type GoldEvent, goldEventMiss } from '../../eval/event-checks';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { buildKb } from '../../lib/kb/build';
import type { Kb, KbEntity } from '../../lib/kb/schema';

interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
  roles?: string[];
  docs: string[];
  boilerplate_docs?: string[];
  optional?: boolean;
}
interface GoldDocument {
  file: string;
  source: string | null;
  date: string | null;
  title: string | null;
  dateline?: string;
  subtitle?: string;
  authors?: string[];
}

const gold = JSON.parse(readFileSync(new URL('../fixtures/seeds-gold.json', import.meta.url), 'utf8')) as {
  documents: GoldDocument[];
  entities: GoldEntity[];
  events: GoldEvent[];
};
const corpus = fileURLToPath(new URL('../../assets/corpus/', import.meta.url));
const straight = (s: string) => s.replace(/[’‘]/g, "'");

let kb: Kb;
beforeAll(async () => {
  const { articles, problems } = await readCorpusPaths([corpus]);
  expect(problems).toEqual([]);
  kb = buildKb(articles);
}, 60_000);

describe('documents', () => {
  it.each(gold.documents.map((d) => [d.file, d] as const))('%s metadata', (file, g) => {
    const d = kb.documents.find((x) => x.file === file);
    expect(d).toBeDefined();
    expect(d?.source).toBe(g.source);
    expect(d?.date).toBe(g.date);
    if (g.title === null) expect(d?.titleDerived).toBe(true);
    else expect(d?.title).toBe(g.title);
    if (g.dateline) expect(d?.dateline).toBe(g.dateline);
    if (g.subtitle) expect(d?.subtitle).toBe(g.subtitle);
    if (g.authors) expect(d?.authors).toEqual(g.authors);
  });
});

describe('entities', () => {
  const required = gold.entities.filter((e) => !e.optional);
  const find = (g: GoldEntity): KbEntity | undefined => kb.entities.find((e) => e.name === g.name);

  it.each(required.map((g) => [g.name, g] as const))('%s', (_, g) => {
    const e = find(g);
    expect(e, `no entity named ${g.name}`).toBeDefined();
    expect(e?.type).toBe(g.type);
    expect(e?.aliases).toEqual(expect.arrayContaining(g.aliases.map(straight)));
    for (const role of g.roles ?? []) expect(e?.roles.map((r) => r.text)).toContain(straight(role));
    const docs = (e?.docs ?? []).map((f) => f.slice(0, 3));
    const allowed = new Set([...g.docs, ...(g.boilerplate_docs ?? [])]);
    expect(docs.filter((d) => !allowed.has(d))).toEqual([]);
    expect(docs).toEqual(expect.arrayContaining(g.docs));
  });

  it('keeps every role with the sentence and document it came from', () => {
    for (const e of kb.entities) {
      for (const r of e.roles) {
        expect(kb.documents.some((d) => d.file === r.doc)).toBe(true);
        expect(straight(r.sentence)).toContain(r.text.split(' ')[0]);
      }
    }
  });

  it('gives nothing from the appended promo interview', () => {
    const carter = kb.entities.filter((e) => e.aliases.some((a) => /Carter/.test(a)));
    expect(carter).toEqual([]);
  });
});

describe('events', () => {
  it.each(gold.events.map((g) => [g.id, g] as const))('%s', (_, g) => {
    expect(goldEventMiss(kb, g)).toBeNull();
  });

  it('keeps each gold event apart: the munitions going to Russia and the technology coming back are two events', () => {
    const matched = gold.events.map((g) => eventsFor(kb, g)[0]?.id);
    expect(new Set(matched).size).toBe(gold.events.length);
  });
});
