import { describe, expect, it } from 'vitest';
import WORDS from './data/legal-suffixes.json';
import { legalForm } from './legal-suffixes';

describe('legal-suffixes.json', () => {
  it('holds lowercase alias keys, each once, its spellings and common nouns among them', () => {
    const { suffixes, spellings, commonNouns } = WORDS;
    expect(suffixes.filter((s) => !/^[a-z]+(?: [a-z]+)?$/.test(s))).toEqual([]);
    expect(suffixes.filter((s, i) => suffixes.indexOf(s) !== i)).toEqual([]);
    expect([...Object.keys(spellings), ...Object.values(spellings), ...commonNouns].filter((s) => !suffixes.includes(s))).toEqual([]);
    // One spelling per form: no spelling is spelt another way in turn.
    expect(Object.values(spellings).filter((s) => s in spellings)).toEqual([]);
  });
});

describe('legalForm', () => {
  it('reads the forms ending a key, each in one spelling', () => {
    expect(legalForm('kessler holdings corp')).toEqual({ base: 'kessler', suffixes: ['holdings', 'corporation'] });
    expect(legalForm('vantor fc')).toEqual(legalForm('vantor football club'));
    expect(legalForm('holdings co')).toEqual({ base: '', suffixes: ['holdings', 'company'] });
  });

  it('reads no form inside a name or in a name without one', () => {
    expect(legalForm('kessler co operative bank')).toBeNull();
    expect(legalForm('kessler')).toBeNull();
  });
});
