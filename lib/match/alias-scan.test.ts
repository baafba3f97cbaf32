import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entity, smallKb } from '../../tests/match/small-kb';
import { aliasKey } from '../nlp/alias-key';
import { createAliasScanner } from './alias-scan';

const index = smallKb([
  entity('north-korea', 'North Korea', 'place', ['DPRK', 'N. Korea']),
  entity('korea', 'Korea'),
  entity('kim-jong-un', 'Kim Jong Un'),
  entity('us', 'United States', 'place', ['U.S.']),
  entity('kyiv', 'Kyiv'),
]);
const scanner = createAliasScanner(index);
const found = (text: string) => scanner.scan(text).map((h) => [text.slice(h.start, h.end), h.key]);

describe('alias scan', () => {
  it.each([
    ['North Korea sent envoys.', [['North Korea', 'north korea']]],
    [
      'the DPRK and Korea',
      [
        ['DPRK', 'dprk'],
        ['Korea', 'korea'],
      ],
    ],
    [
      'Kim Jong-un met U.S. officials',
      [
        ['Kim Jong-un', 'kim jong un'],
        ['U.S.', 'us'],
      ],
    ],
    ["Kyïv's mayor", [["Kyïv's", 'kyiv']]],
    ['North Koreans', []],
    ['Kim Jong visited', []],
    [
      'Kyiv—North Korea “DPRK”',
      [
        ['Kyiv', 'kyiv'],
        ['North Korea', 'north korea'],
        ['DPRK', 'dprk'],
      ],
    ],
    // "U.S.A." is no alias; the compass rule of alias keys ("N. Korea") reads whole names, not words: the scan finds "Korea".
    ['the U.S.A. and N. Korea', [['Korea', 'korea']]],
    ['İstanbul and Kyiv', [['Kyiv', 'kyiv']]],
  ])('%s', (text, hits) => {
    expect(found(text)).toEqual(hits);
  });

  it('finds every alias as the KB keys it: each hit is an alias key with entities', () => {
    for (const h of scanner.scan('North Korea, DPRK, Kim Jong Un, Kyiv and the U.S.')) expect(index.byAlias(h.key).length).toBeGreaterThan(0);
  });

  it('keys a word with apostrophes as aliasKey does (possessive dropped, apostrophes straight), whatever else the text holds', () => {
    const part = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
    const apostrophe = fc.constantFrom("'", '’');
    const word = fc
      .tuple(part, fc.array(fc.tuple(apostrophe, part), { maxLength: 2 }), fc.option(fc.tuple(apostrophe, fc.constantFrom('s', 'S'))))
      .map(([first, rest, possessive]) => [first, ...rest.flat(), ...(possessive ?? [])].join(''));
    fc.assert(
      fc.property(word, (w) => {
        const one = createAliasScanner(smallKb([entity('x', w)]));
        // After "İzmir" the text's lowercase is longer than the text: words are lowercased one by one.
        for (const before of ['before', 'İzmir']) expect(one.scan(`${before} ${w} after`).map((h) => h.key)).toEqual([aliasKey(w)]);
      }),
    );
  });
});
