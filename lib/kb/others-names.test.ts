import { describe, expect, it } from 'vitest';
import { othersNamesLeftOut } from './others-names';
import type { KbEntity } from './schema';

const entity = (type: KbEntity['type'], name: string, aliases: string[], docCount: number): KbEntity => {
  const id = name.toLowerCase().replace(/\W+/g, '-');
  const docs = Array.from({ length: docCount }, (_, n) => `${id}-${n}`);
  return { id, name, type, aliases: [name, ...aliases], roles: [], docs, coverage: docs.map((doc) => ({ doc, sentences: [] })), related: [] };
};

// Invented names.
describe('othersNamesLeftOut', () => {
  it("leaves out a person's surname that a far better documented place is named", () => {
    const jane = entity('person', 'Jane Quillmoor', ['Quillmoor'], 2);
    const town = entity('place', 'Quillmoor', [], 6);
    expect(othersNamesLeftOut([jane, town])).toEqual(new Map([['jane-quillmoor', new Set(['quillmoor'])]]));
  });

  it("leaves out a body's alias that is a far better documented body's name", () => {
    const glued = entity('organization', 'Valdorian Taliban', ['Taliban'], 2);
    const taliban = entity('organization', 'Taliban', [], 40);
    expect(othersNamesLeftOut([glued, taliban]).get('valdorian-taliban')).toEqual(new Set(['taliban']));
  });

  it('keeps it when the other is not several times better documented', () => {
    const jane = entity('person', 'Jane Quillmoor', ['Quillmoor'], 3);
    const town = entity('place', 'Quillmoor', [], 8);
    expect(othersNamesLeftOut([jane, town]).size).toBe(0);
  });

  it("keeps a surname another person's entity is named (a fragment, no namesake), a place's bare name, and acronyms", () => {
    const jane = entity('person', 'Jane Quillmoor', ['Quillmoor'], 1);
    const fragment = entity('person', 'Quillmoor', [], 30);
    const namesake = entity('place', 'Elmford, Ohio', ['Elmford'], 1);
    const elmford = entity('place', 'Elmford', [], 30);
    const agency = entity('organization', 'Harbour Safety Agency', ['HSA'], 1);
    const hsa = entity('organization', 'HSA', [], 30);
    expect(othersNamesLeftOut([jane, fragment, namesake, elmford, agency, hsa]).size).toBe(0);
  });
});
