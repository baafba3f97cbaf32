import { describe, expect, it } from 'vitest';
import { createKbIndex } from '../../lib/kb/kb-index';
import { leadLine } from '../../lib/kb/lead-line';
import { isOneHolderOffice, successionRoles } from '../../lib/kb/role-succession';
import type { Kb, KbEntity, KbRole } from '../../lib/kb/schema';

// Invented people and offices; documents are named by their dates.
const dateOf = (doc: string) => /^\d{4}-\d{2}-\d{2}/.exec(doc)?.[0] ?? null;
const said = (text: string, dates: string[]): KbRole[] => dates.map((d) => ({ text, doc: `${d}.txt`, sentence: `${text} spoke on ${d}.` }));
const person = (id: string, roles: KbRole[]): KbEntity => ({
  id,
  name: id,
  type: 'person',
  aliases: [id],
  roles,
  docs: [...new Set(roles.map((r) => r.doc))].sort(),
  coverage: [],
  related: [],
});

describe('isOneHolderOffice', () => {
  it.each([
    ['President of Colombia', true],
    ['Prime Minister of the United Kingdom', true],
    ['United States Secretary of State', true],
    ['Mayor of London', true],
    ['Pope', true],
    ['Former President of Colombia', false],
    ['Senator of the United States', false],
    ['President', false],
    ['Governor of Afghanistan', false],
    ['Ohio Governor', true],
    ['Chicago Mayor', true],
    ['Senator from Ohio', false],
    ['Spanish mayor', false],
  ])('%s: %s', (text, one) => {
    expect(isOneHolderOffice(text)).toBe(one);
  });
});

describe('successionRoles', () => {
  const first = person('ana-ruiz', said('Colombian President', ['2018-08-07', '2020-01-01', '2021-08-20']));
  const next = person('leo-mar', said('Colombian President', ['2022-11-01', '2023-05-01']));

  it('ends an office for its holder when someone else holds it after the holder’s last mention, quoting the successor', () => {
    const ended = successionRoles([first, next], dateOf);
    expect(ended.get('ana-ruiz')).toEqual([
      { text: 'former President of Colombia', doc: '2022-11-01.txt', sentence: 'Colombian President spoke on 2022-11-01.' },
    ]);
    expect(ended.has('leo-mar')).toBe(false);
  });

  it('takes no one of the same surname for a successor: the same person under two names', () => {
    const same = person('Ana Maria Ruiz', said('Colombian President', ['2022-11-01', '2023-05-01']));
    expect(successionRoles([{ ...first, name: 'Ana Ruiz' }, same], dateOf).size).toBe(0);
  });

  it('needs the successor in two documents, and offices of many holders end nothing', () => {
    const once = person('leo-mar', said('Colombian President', ['2022-11-01']));
    expect(successionRoles([first, once], dateOf).size).toBe(0);
    const senators = [person('a', said('U.S. Senator', ['2010-01-01'])), person('b', said('U.S. Senator', ['2012-01-01', '2013-01-01']))];
    expect(successionRoles(senators, dateOf).size).toBe(0);
  });

  it('gives a lead line that is no stale office after the build adds it', () => {
    const ended = successionRoles([first, next], dateOf);
    const kb: Kb = {
      version: 3,
      date: '2023-05-01',
      documents: [...new Set([...first.roles, ...next.roles].map((r) => r.doc))].map((file) => ({
        file,
        title: file,
        titleDerived: false,
        subtitle: null,
        source: null,
        date: dateOf(file),
        url: null,
        authors: [],
        dateline: null,
        fingerprint: [],
      })),
      entities: [{ ...first, roles: [...first.roles, ...(ended.get('ana-ruiz') ?? [])] }, next],
      events: [],
    };
    const index = createKbIndex(kb);
    expect(leadLine(index, kb.entities[0] as KbEntity, '2021-09-01')).toBe('President of Colombia');
    expect(leadLine(index, kb.entities[0] as KbEntity, '2026-12-06')).toBe('Former President of Colombia');
  });
});
