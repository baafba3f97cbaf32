/** The evidence gate (lib/kb/evidence-gate.ts): in a large corpus, a person or an organization of few documents needs a name that backs its type. */
import { describe, expect, it } from 'vitest';
import { FEW_DOCUMENTS, LARGE_CORPUS } from '../../lib/kb/evidence-gate';
import type { EntityState } from '../../lib/kb/kb-state';
import { finalizeEntities } from '../../lib/kb/merge-entities';
import type { EntityType } from '../../lib/kb/schema';
import { aliasKey } from '../../lib/nlp/alias-key';

let next = 0;
/** An entity named in `docs` documents of its own, with `aliases` besides its name, a role in each document when `role` is given, and its `sentence`. */
function entity(type: EntityType, name: string, docs = 1, { aliases = [] as string[], role = '', sentence = `${name} spoke.` } = {}): EntityState {
  const files = Array.from({ length: docs }, () => `d${String(next++).padStart(4, '0')}`);
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
    expect(kept([entity('person', 'Quenwick', 1, { role: 'Mayor of' }), entity('person', 'Velmar', 1, { role: 'Minister for the' })])).toEqual([]);
  });

  it('drops words glued on before a given name, unless the corpus knows people whose names open with the first', () => {
    expect(kept([entity('person', 'Staff Daniel Vorkast'), entity('person', 'Dawn Maria Quellen')])).toEqual([]);
    expect(kept([entity('person', 'Dawn Maria Quellen'), entity('person', 'Dawn Haverly', FEW_DOCUMENTS + 1)])).toEqual(['Dawn Haverly', 'Dawn Maria Quellen']);
  });

  it('drops a name opened by an article joined with a hyphen', () => {
    expect(kept([entity('person', 'Al-Varesh Tamir')])).toEqual([]);
  });

  it('drops a name holding the head noun of a body or a place, but not one that is a surname too', () => {
    const bodies = ['Velmar Square Garden', 'Quenwick Oblast Marlo Quent', 'Velmar Party Daniel Vorkast'];
    expect(kept([...bodies.map((n) => entity('person', n)), entity('person', 'Marlo Lake')])).toEqual(['Marlo Lake']);
  });

  it('drops a name with no word of a name, unless the corpus knows its first or last word in a name, or it holds an office', () => {
    const plain = ['Irish Premier', 'Best Director', 'Monster Garden Party'];
    expect(kept(plain.map((n) => entity('person', n)))).toEqual([]);
    expect(kept([entity('person', 'Best Director', 1, { role: 'King' })])).toEqual([]);
    expect(kept([entity('person', 'Dusty Baker'), entity('person', 'Ana Baker', FEW_DOCUMENTS + 1)])).toEqual(['Ana Baker', 'Dusty Baker']);
    expect(kept([entity('person', 'Dusty Baker', 1, { role: 'Quenwick Mayor' })])).toEqual(['Dusty Baker']);
    // "of" is an office's word, no particle of a name.
    expect(kept([entity('person', 'Best of Show')])).toEqual([]);
  });

  it('drops a title inside a name, but not after a particle nor before a suffix alone', () => {
    expect(kept([entity('person', 'Velmar Minister Daniel Vorkast'), entity('person', 'Daniel Vorkast Sir Marlo')])).toEqual([]);
    expect(kept([entity('person', 'Tamir bin Sultan Vorkast'), entity('person', 'Daniel Vorkast King III')])).toEqual([
      'Daniel Vorkast King III',
      'Tamir bin Sultan Vorkast',
    ]);
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

describe('the evidence gate, for names cut from longer ones', () => {
  it('drops a body or a place its sentences always write joined to a word before it', () => {
    const cut = [
      entity('organization', 'Council of Quenwick', 1, { sentence: 'The Supreme Security Council of Quenwick met.' }),
      entity('place', 'Tessaly Bridge', 1, { sentence: 'The Velmar–Tessaly Bridge opens.' }),
      entity('organization', 'Open Velmar Photography', 1, { sentence: 'She wins the Quenwick Prize for Open Velmar Photography.' }),
      entity('organization', 'Regional Velmar Centre', 1, { sentence: "Patients leave St Tavo's Regional Velmar Centre." }),
    ];
    expect(kept(cut)).toEqual([]);
  });

  it('drops a name its sentences always write before a number, or a place before a particle and a capital', () => {
    const cut = [
      entity('organization', 'Velmar Air Flight', 1, { sentence: 'Velmar Air Flight 212 lands in Quenwick.' }),
      entity('person', 'Tessa Quon', 1, { sentence: 'The cargo ship Tessa Quon 3 sank off Quenwick.' }),
      entity('place', 'Santa Quenna', 1, { sentence: 'A bus crashes in Santa Quenna di Vorka, Italy.' }),
    ];
    expect(kept(cut)).toEqual([]);
  });

  it('keeps a person before a score, a share or a count, or before a particle, and a body after "for the"', () => {
    const free = [
      entity('person', 'Marlo Quent', 1, { sentence: 'Dana Varga beats Marlo Quent 6–3 in the final.' }),
      entity('person', 'Tessa Quon', 1, { sentence: 'Dana Varga beats Tessa Quon 56% to 44%.' }),
      entity('person', 'Dana Varga', 1, { sentence: 'Dana Varga 10 days later resigned.' }),
      entity('person', 'Tavo Renski', 1, { sentence: 'Tavo Renski da Vessa spoke.' }),
      entity('organization', 'Velmar Coalition', 1, { sentence: 'The Envoy for the Velmar Coalition resigned.' }),
    ];
    expect(kept(free)).toEqual(['Dana Varga', 'Marlo Quent', 'Tavo Renski', 'Tessa Quon', 'Velmar Coalition']);
  });

  it('keeps one written free once, after a compound, a possessive, "The", at a sentence’s start or in a headline, and no person after a title', () => {
    const free = [
      entity('organization', 'Council of Quenwick', 1, { sentence: 'The Security Council of Quenwick and the Council of Quenwick met.' }),
      entity('organization', 'Velmar TV', 1, { sentence: 'The Danish-based Velmar TV closed.' }),
      entity('organization', 'Velmar Council', 1, { sentence: 'The pro-Quenwick Velmar Council met.' }),
      entity('organization', 'Velmar Agency', 1, { sentence: "Quenwick's Velmar Agency closed." }),
      entity('place', 'Tessaly Bridge', 1, { sentence: 'Crowds cross The Tessaly Bridge.' }),
      entity('person', 'Marlo Quent', 1, { sentence: 'Adviser Marlo Quent spoke.' }),
      entity('organization', 'Tessaly Port Authority', 1, { sentence: 'Strikers Picket Tessaly Port Authority Offices' }),
    ];
    expect(kept(free)).toEqual([
      'Council of Quenwick',
      'Marlo Quent',
      'Tessaly Bridge',
      'Tessaly Port Authority',
      'Velmar Agency',
      'Velmar Council',
      'Velmar TV',
    ]);
  });
});

describe('the evidence gate applies', () => {
  it('to few documents only, to places only for cut names, in a large corpus only', () => {
    expect(kept([entity('organization', 'Velmar Portal', FEW_DOCUMENTS + 1), entity('place', 'Quenwick')])).toEqual(['Quenwick', 'Velmar Portal']);
    expect(kept([entity('organization', 'Velmar Portal'), entity('person', 'Vorkast')], LARGE_CORPUS - 1)).toEqual(['Velmar Portal', 'Vorkast']);
  });
});
