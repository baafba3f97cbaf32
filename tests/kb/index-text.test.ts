import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexText, isIndexText, readIndexText } from '../../lib/kb/index-text';
import { field, lookupLine, tableRows, toLineTable } from '../../lib/kb/line-table';
import type { Kb } from '../../lib/kb/schema';
import { type ShardedIndex, toShards } from '../../lib/kb/shards';
import { bundledKb } from './bundled-kb';

const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);

let index: ShardedIndex;
let kb: Kb;

beforeAll(async () => {
  kb = await bundledKb();
  index = toShards(kb).index;
});

describe('index text', () => {
  it('reads back the very index it was written from, in ASCII, with its id in the first bytes', () => {
    const text = indexText(index);
    expect(isAscii(text)).toBe(true);
    expect(isIndexText(text)).toBe(true);
    expect(readIndexText(text)).toEqual(index);
    expect(text.startsWith(`{"version":${index.version},"layout":"${index.layout}","id":"${index.id}"`)).toBe(true);
  });

  it('keeps any name, alias or document file: accents, the line tables own encoding, newlines in files', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (name, files) => {
        const rows = [...tableRows(index.heads), [`zz-${name}`, `${name}\tperson\t-1`] as [string, string]];
        const odd = { ...index, events: [], heads: toLineTable(rows), aliases: toLineTable([[name, '0']]), files: [...index.files, ...files] };
        const text = indexText(odd);
        expect(isAscii(text)).toBe(true);
        const back = readIndexText(text);
        expect({ ...back, files: back.files }).toEqual(odd);
        expect(lookupLine(back.aliases, field(name))).toBe('0');
      }),
      { seed: 20261206, numRuns: 100 },
    );
  });

  it('refuses a text cut short, an index of an earlier version and what is not an index, saying which', () => {
    const text = indexText(index);
    expect(() => readIndexText(text.slice(0, text.length - 40))).toThrow(/cut short/);
    expect(() => readIndexText(`${JSON.stringify(index)}\n`)).toThrow(/earlier version of Backstory/);
    expect(() => readIndexText('{"version":1}\n')).toThrow(/Not a sharded Backstory knowledge base index/);
    expect(() => readIndexText('not json\n')).toThrow(/first line is not JSON/);
  });

  it('tells an index from the JSON of a whole KB', () => {
    expect(isIndexText(JSON.stringify(kb))).toBe(false);
  });
});
