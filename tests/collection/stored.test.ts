import { describe, expect, it } from 'vitest';
import { COLLECTION_VERSION, readStoredCollection } from '../../lib/collection/stored';
import { item } from './items';

describe('readStoredCollection', () => {
  it('reads nothing stored as an empty collection', () => {
    expect(readStoredCollection(undefined)).toEqual({ version: COLLECTION_VERSION, items: [] });
  });

  it('upgrades a version-1 collection (a bare array) without losing an item', () => {
    const old = [item(), item({ source: 'met', id: 'seoul', name: 'Seoul', type: 'place', surface: 'Seoul' })];
    const upgraded = readStoredCollection(structuredClone(old));
    expect(upgraded.version).toBe(2);
    expect(upgraded.items).toEqual(old);
    // What is written back reads the same again.
    expect(readStoredCollection(upgraded)).toEqual(upgraded);
  });

  it('drops hand-edited entries that are not items, keeping the rest', () => {
    const good = item();
    const stored = { version: 2, items: [good, { id: 'x' }, null, { ...good, time: 'yesterday' }, { ...good, type: 'planet' }] };
    expect(readStoredCollection(stored).items).toEqual([good]);
  });

  it('refuses a collection from a newer Backstory rather than overwrite it', () => {
    expect(() => readStoredCollection({ version: 3, items: [] })).toThrow(/newer Backstory \(format 3\)/);
  });

  it('says what is wrong with storage that holds no list', () => {
    expect(() => readStoredCollection({ version: 2, items: 'none' })).toThrow(/not a list of items/);
  });
});
