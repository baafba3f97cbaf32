/** The KB on disk: packed records unpack to the very KB, each sentence is stored once, and a damaged file says what is wrong. */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticKb } from '../../bench/corpus/synthetic-kb';
import { serializeKb } from '../../lib/kb/build';
import { decodeFingerprint, encodeFingerprint, fingerprint } from '../../lib/kb/fingerprint';
import { frontCode, frontDecode } from '../../lib/kb/front-coding';
import { parseKb } from '../../lib/kb/load';
import { packKb, unpackKb } from '../../lib/kb/packed';
import type { Kb } from '../../lib/kb/schema';
import { bundledKb } from './bundled-kb';

let kb: Kb;
beforeAll(async () => {
  kb = await bundledKb();
});

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, into);
  return into;
}

describe('packed KB', () => {
  it('unpacks to the very KB it was packed from, through JSON as on disk', () => {
    // As JSON: the same fields in the same order, so a KB read back writes the same bytes anywhere.
    expect(JSON.stringify(parseKb(JSON.parse(serializeKb(kb))))).toBe(JSON.stringify(kb));
    const big = syntheticKb(2_000);
    expect(JSON.stringify(unpackKb(JSON.parse(JSON.stringify(packKb(big)))))).toBe(JSON.stringify(big));
  });

  it('stores each quoted sentence once, however many entities, roles and events quote it', () => {
    const quoted = new Set([
      ...kb.entities.flatMap((e) => [...e.coverage.flatMap((c) => c.sentences), ...e.roles.map((r) => r.sentence)]),
      ...kb.events.flatMap((e) => e.coverage.flatMap((c) => c.sentences)),
    ]);
    const quotes = kb.entities.reduce((n, e) => n + e.roles.length + e.coverage.reduce((m, c) => m + c.sentences.length, 0), 0);
    expect(quotes).toBeGreaterThan(quoted.size);
    const packed = packKb(kb);
    const rows = packed.documents.map((d) => d[5]);
    expect(rows.flat().sort()).toEqual([...new Set(rows.flat())].sort());
    expect(new Set(rows.flat())).toEqual(quoted);
    // (A one-word quote, such as a dateline, can also be a name.)
    expect(stringsIn([packed.entities, packed.events]).filter((s) => quoted.has(s) && s.includes(' '))).toEqual([]);
  });

  it('writes no document file more than once, and none in the records', () => {
    const packed = JSON.stringify(packKb(kb));
    for (const d of kb.documents) expect(packed).not.toContain(JSON.stringify(d.file));
  });

  it('refuses a record that refers to what the file does not hold, naming it', () => {
    const packed = packKb(kb);
    const entity = packed.entities.find((e) => e[5].length) as (typeof packed.entities)[number];
    entity[5][0] = packed.documents.length + 7;
    expect(() => parseKb(JSON.parse(JSON.stringify(packed)))).toThrow(
      new RegExp(`document number ${packed.documents.length + 7} is not in this knowledge base`),
    );
    const lost = packKb(kb);
    lost.files.pop();
    expect(() => parseKb(lost)).toThrow(/lists \d+ document files for \d+ documents/);
  });
});

describe('front coding', () => {
  it('gives back any list of strings, sorted or not', () => {
    const lists = [
      [],
      ['a'],
      ['corpus.jsonl#1', 'corpus.jsonl#10', 'corpus.jsonl#2', 'other.txt', 'with space 1', 'with space 12'],
      ['b', 'a', '', 'ab', 'ab'],
    ];
    for (const list of lists) expect(frontDecode(frontCode(list))).toEqual(list);
    expect(frontCode(['world.jsonl#10', 'world.jsonl#11'])).toEqual(['0 world.jsonl#10', '13 1']);
  });

  it('names the entry that is not front-coded', () => {
    expect(() => frontDecode(['0 a', 'x'])).toThrow(/entry 1 of the document list/);
    expect(() => frontDecode(['0 a', '5 b'])).toThrow(/entry 1/);
  });
});

describe('stored fingerprint', () => {
  it('decodes to the same 24-bit hashes in 4 characters a hash', () => {
    const hashes = fingerprint(
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
    );
    expect(hashes).toHaveLength(8);
    expect(hashes.every((h) => Number.isInteger(h) && h >= 0 && h < 2 ** 24)).toBe(true);
    expect(decodeFingerprint(encodeFingerprint(hashes))).toEqual(hashes);
    expect(decodeFingerprint(encodeFingerprint([0, 1, 0xffffff, 0x800000]))).toEqual([0, 1, 0xffffff, 0x800000]);
    expect(encodeFingerprint(hashes)).toHaveLength(32);
  });
});
