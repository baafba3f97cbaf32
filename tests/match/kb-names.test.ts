/** The KB as a gazetteer: its names find what detection misses, and nothing a word could be. */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/match/annotate';
import { kbLexicon } from '../../lib/match/kb-lexicon';
import { detectEntities } from '../../lib/nlp/detect';
import { entity, smallKb } from './small-kb';

const index = smallKb([
  entity('human-rights-watch', 'Human Rights Watch', 'organization'),
  entity('north-korea', 'North Korea', 'place', ['N. Korea', 'the North']),
  entity('brevanti', 'Brevanti', 'organization'),
  entity('lena-brevanti', 'Lena Brevanti', 'person'),
  entity('march', 'March', 'person'),
]);
const detected = (text: string) => detectEntities(text, undefined, kbLexicon(index)).map((d) => d.text);
const linked = (text: string) => annotate(index, text).mentions.map((m) => `${m.text}:${m.entity?.id ?? '-'}`);

// Original sentences written for these tests.
describe('KB names detection missed', () => {
  it('are found as the KB writes them: a name opening a sentence with an English word', () => {
    const text = 'Human Rights Watch said the report was late.';
    expect(detected(text)).toEqual([]);
    expect(linked(text)).toEqual(['Human Rights Watch:human-rights-watch']);
  });

  it('leave out lowercase writings and single words that may be no name', () => {
    expect(linked('In March the north korea desk and the North Korean envoy met.')).toEqual([]);
  });

  it('leave out a KB name inside a longer capitalized name', () => {
    expect(linked('Human Rights Watch Asia said the report was late.')).toEqual([]);
  });

  it('leave a single name another entity’s name holds to the linker', () => {
    expect(detected('Brevanti said sales rose.')).toEqual([]);
    expect(linked('Brevanti said sales rose.')).toEqual([]);
  });
});
