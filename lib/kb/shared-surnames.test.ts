import { describe, expect, it } from 'vitest';
import type { KbEntity } from './schema';
import { surnamesLeftToOthers } from './shared-surnames';

const person = (id: string, name: string, aliases: string[], docs: string[]): KbEntity => ({
  id,
  name,
  type: 'person',
  aliases: [name, ...aliases],
  roles: [],
  docs,
  coverage: docs.map((doc) => ({ doc, sentences: [] })),
  related: [],
});

/** Documents "<year>-<n>" dated in that year. */
const docs = (year: number, from: number, count: number) => Array.from({ length: count }, (_, n) => `${year}-${from + n}`);
const dateOf = (doc: string) => `${doc.slice(0, 4)}-01-01`;

// Invented people.
describe('surnamesLeftToOthers', () => {
  const minister = person('ana-velk', 'Ana Velk', ['Velk'], docs(2020, 0, 12));
  const husband = person('boris-velk', 'Boris Velk', ['Velk'], [...docs(2020, 0, 1), ...docs(2020, 50, 2)]);

  it('takes a shared surname from the holder a better-covered holder of a shared document outnumbers in its years', () => {
    expect(surnamesLeftToOthers([minister, husband], dateOf)).toEqual(new Map([['boris-velk', new Set(['velk'])]]));
  });

  it('leaves it to both when they share no document, or when the other was covered in other years', () => {
    const apart = person('boris-velk', 'Boris Velk', ['Velk'], docs(2020, 50, 3));
    expect(surnamesLeftToOthers([minister, apart], dateOf).size).toBe(0);
    const earlier = person('ana-velk', 'Ana Velk', ['Velk'], [...docs(2010, 0, 12), '2020-0']);
    expect(surnamesLeftToOthers([earlier, husband], dateOf).size).toBe(0);
  });
});
