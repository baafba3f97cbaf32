/** An organization written with its legal form ("Corp.", "FC") is the organization of its name. */
import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';
import { orgState as org } from './org-state';
import { placeState as place } from './place-state';

const names = (states: EntityState[]) => finalizeEntities(states.sort((a, b) => (a.key < b.key ? -1 : 1))).map((e) => `${e.name}:${e.docs.length}`);

describe('an organization written with its legal form', () => {
  it('is the organization of its name alone, under its most documented name', () => {
    expect(names([org('Kessler', 9, 0), org('Kessler Corp.', 2, 9), org('Kessler Corporation', 1, 11), org('Kessler Holdings Inc.', 1, 12)])).toEqual([
      'Kessler:13',
    ]);
    expect(names([org('Vantor', 2, 0), org('Vantor F.C.', 5, 2), org('Vantor Football Club', 1, 7)])).toEqual(['Vantor F.C.:8']);
  });

  it('is one with the same name under another spelling of its form, with no name alone', () => {
    expect(names([org('Orvane Motor Co.', 2, 0), org('Orvane Motor Company', 6, 2), org('Orvane Motor Limited', 1, 8)])).toEqual([
      'Orvane Motor Company:8',
      'Orvane Motor Limited:1',
    ]);
  });

  it('keeps a longer name of its own apart, and a name alone of another type', () => {
    expect(names([org('Kessler', 9, 0), org('Kessler Electronics', 4, 9)])).toEqual(['Kessler:9', 'Kessler Electronics:4']);
    expect(names([place('Brenmouth', [0, 1, 2]), org('Brenmouth FC', 2, 3)])).toEqual(['Brenmouth:3', 'Brenmouth FC:2']);
  });

  it('is no form of a name of dictionary words, nor a group of an acronym', () => {
    expect(names([org('Harbour', 3, 0), org('Harbour Corporation', 2, 3)])).toEqual(['Harbour:3', 'Harbour Corporation:2']);
    expect(names([org('KWX', 9, 0), org('KWX Group', 2, 9), org('KWX Inc.', 1, 11)])).toEqual(['KWX:10', 'KWX Group:2']);
    expect(names([org('Kessler', 9, 0), org('Kessler Group', 2, 9)])).toEqual(['Kessler:11']);
  });

  it('names no one when it is a legal form alone', () => {
    expect(names([org('Holdings Co.', 1, 0), org('Kessler', 2, 1)])).toEqual(['Kessler:2']);
  });
});
