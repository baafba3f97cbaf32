/** The evidence gate (lib/kb/evidence-gate.ts): in a large corpus, a person or an organization of few documents needs a name that backs its type. */
import { describe, expect, it } from 'vitest';
import { FEW_DOCUMENTS, LARGE_CORPUS } from '../../lib/kb/evidence-gate';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';
import type { EntityType } from '../../lib/kb/schema';
import { aliasKey } from '../../lib/nlp/alias-key';

let next = 0;
/** An entity named in `docs` documents of its own, with `aliases` besides its name and a role in each document when `role` is given. */
function entity(type: EntityType, name: string, docs = 1, { aliases = [] as string[], role = '' } = {}): EntityState {
  const files = Array.from({ length: docs }, () => `d${String(next++).padStart(4, '0')}`);
  const sentence = `${name} spoke.`;
  return {
    key: `${type}|${aliasKey(name)}`,
    type,
    names: [[name, docs]],
    aliases: [name, ...aliases].sort(),
    sentences: files.map((f) => [f, [sentence]]),
    roles: role ? files.map((doc) => ({ text: role, doc, sentence })) : [],
    places: files.map((f) => `${f}@0`),
  };
}

/** The names the KB keeps of `states`, in a corpus of `corpus` documents. */
const kept = (states: EntityState[], corpus = LARGE_CORPUS) =>
  finalizeEntities(
    states.sort((a, b) => (a.key < b.key ? -1 : 1)),
    () => null,
    corpus,
  ).map((e) => e.name);

describe('the evidence gate, for people', () => {
  it('keeps a name of several words, and a name of one word only with a role', () => {
    expect(kept([entity('person', 'Daniel Vorkast'), entity('person', 'Tevu Oskarin'), entity('person', 'Vorkast')])).toEqual([
      'Daniel Vorkast',
      'Tevu Oskarin',
    ]);
    expect(kept([entity('person', 'Vorkast', 1, { role: 'Mayor of Quenwick' })])).toEqual(['Vorkast']);
  });

  it('drops words glued on before a given name, unless the corpus knows people whose names open with the first', () => {
    expect(kept([entity('person', 'Staff Daniel Vorkast'), entity('person', 'Dawn Maria Quellen')])).toEqual([]);
    expect(kept([entity('person', 'Dawn Maria Quellen'), entity('person', 'Dawn Haverly', FEW_DOCUMENTS + 1)])).toEqual(['Dawn Haverly', 'Dawn Maria Quellen']);
  });

  it('drops a name opened by an article joined with a hyphen', () => {
    expect(kept([entity('person', 'Al-Varesh Tamir')])).toEqual([]);
  });
});

describe('the evidence gate, for organizations', () => {
  it('keeps a body’s noun, a legal form in a name or an alias, an acronym, "&", a demonym, a plural last word', () => {
    const backed = ['Velmar Portal Agency', 'Velmar Media', 'Orvane Corp.', 'KVX', 'Harlow & Finch', 'Peruvian Velmar', 'Velmar Technologies', 'Orlen Capital'];
    expect(kept([...backed.map((n) => entity('organization', n)), entity('organization', 'Tessaly', 1, { aliases: ['Tessaly Ltd'] })])).toEqual([
      'Harlow & Finch',
      'KVX',
      'Orlen Capital',
      'Orvane Corp.',
      'Peruvian Velmar',
      'Tessaly',
      'Velmar Media',
      'Velmar Portal Agency',
      'Velmar Technologies',
    ]);
  });

  it('drops a body’s noun, a legal form or a demonym that is the whole name', () => {
    expect(kept([entity('organization', 'Media'), entity('organization', 'Holdings'), entity('organization', 'Peruvian')])).toEqual([]);
  });

  it('keeps a name written beside its acronym, and drops a name without evidence', () => {
    expect(kept([entity('organization', 'Velmar Data Sampling', 1, { aliases: ['VDS'] }), entity('organization', 'Velmar Portal')])).toEqual([
      'Velmar Data Sampling',
    ]);
  });
});

describe('the evidence gate applies', () => {
  it('to few documents only, never to places, in a large corpus only', () => {
    expect(kept([entity('organization', 'Velmar Portal', FEW_DOCUMENTS + 1), entity('place', 'Quenwick')])).toEqual(['Quenwick', 'Velmar Portal']);
    expect(kept([entity('organization', 'Velmar Portal'), entity('person', 'Vorkast')], LARGE_CORPUS - 1)).toEqual(['Velmar Portal', 'Vorkast']);
  });
});
