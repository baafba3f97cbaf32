import { describe, expect, it } from 'vitest';
import { entity, smallKb } from '../../tests/match/small-kb';
import { annotate } from './annotate';
import { kbLexicon } from './kb-lexicon';

// A KB built from news holds such names: a headline word, a label, a demonym taken for a person.
const index = smallKb([
  entity('mother', 'Mother', 'person'),
  entity('progress', 'Progress', 'organization'),
  entity('english', 'English', 'person'),
  entity('libyan', 'Libyan', 'person'),
  entity('oskarn', 'Oskarn', 'organization'),
]);
const linked = (text: string) => annotate(index, text).mentions.map((m) => `${m.text}:${m.type}:${m.entity?.id ?? '-'}`);

// Original sentences written for these tests.
describe('KB names that are common words or demonyms', () => {
  it('lend detection no type', () => {
    const lexicon = kbLexicon(index);
    expect(['Mother', 'Progress', 'English', 'Libyan'].map(lexicon)).toEqual([null, null, null, null]);
    expect(lexicon('Oskarn')).toBe('organization');
  });

  it('are not linked where they open a sentence or are written in lowercase', () => {
    expect(linked('Mother said the progress was slow.')).toEqual([]);
    expect(linked('Progress: a staff report. The flowers sold out before Mother’s Day.')).toEqual([]);
  });

  it('never make a demonym a person', () => {
    expect(linked('English and Libyan envoys met officials of Oskarn.')).toEqual(['Oskarn:organization:oskarn']);
  });
});
