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
  // Words compromise's lexicon lacks: the English word list knows them (lib/nlp/english-words.ts).
  entity('image', 'Image', 'organization'),
  entity('excellent', 'Excellent', 'person'),
]);
const linked = (text: string) => annotate(index, text).mentions.map((m) => `${m.text}:${m.type}:${m.entity?.id ?? '-'}`);

// Original sentences written for these tests.
describe('KB names that are common words or demonyms', () => {
  it('lend detection no type', () => {
    const lexicon = kbLexicon(index);
    expect(['Mother', 'Progress', 'English', 'Libyan', 'Image', 'Excellent'].map(lexicon)).toEqual([null, null, null, null, null, null]);
    expect(lexicon('Oskarn')).toBe('organization');
  });

  it('are not linked where they open a sentence or are written in lowercase', () => {
    expect(linked('Mother said the progress was slow.')).toEqual([]);
    expect(linked('Progress: a staff report. The flowers sold out before Mother’s Day.')).toEqual([]);
    expect(linked('Image: a staff photographer. Excellent')).toEqual([]);
  });

  it('leave unlisted an acronym the page never spells out, and list one it does', () => {
    const unknown = (text: string) =>
      annotate(index, text)
        .mentions.filter((m) => !m.entity)
        .map((m) => m.text);
    expect(unknown('The headset runs at 90 FPS and needs no PII.')).toEqual([]);
    expect(unknown('She studied at the Verlund Design Institute Tarrow (VDIT) before VDIT closed.')).toContain('VDIT');
  });

  it('leave unlisted the names in a work’s quoted title and a name made an adjective, not those in quoted speech', () => {
    const unknown = (text: string) =>
      annotate(index, text)
        .mentions.filter((m) => !m.entity)
        .map((m) => m.text);
    expect(unknown('The game “Until Dawn: Rush of Blood” ($20) sold well among Oskarn-specific fans.')).toEqual([]);
    expect(unknown('“We met Ines Varga in the morning, and she agreed,” he said.')).toEqual(['Ines Varga']);
  });

  it('leave unlisted a run of English words in a Title Case headline, not in prose', () => {
    const unknown = (text: string) =>
      annotate(index, text)
        .mentions.filter((m) => !m.entity)
        .map((m) => m.text);
    expect(unknown('Brevanti Leaves Shareholders With Little Say')).toEqual([]);
    expect(unknown('Shareholders of Brevanti Leaves said little.')).toEqual(['Brevanti Leaves']);
  });

  it('never make a demonym a person', () => {
    expect(linked('English and Libyan envoys met officials of Oskarn.')).toEqual(['Oskarn:organization:oskarn']);
  });
});
