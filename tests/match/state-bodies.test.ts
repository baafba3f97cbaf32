/** A state body a page writes alone links to its country's entity (lib/nlp/institutions.ts). */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../lib/match/annotate';
import { entity, smallKb } from './small-kb';

const index = smallKb([
  entity('slovak-national-assembly', 'Slovak National Assembly', 'organization', ['National Assembly', 'National Assembly (Slovakia)']),
  entity('malian-national-assembly', 'Malian National Assembly', 'organization', ['National Assembly', 'National Assembly (Mali)']),
  entity('us-state-department', 'US State Department', 'organization', ['State Department']),
  entity('slovakia', 'Slovakia', 'place'),
  entity('mali', 'Mali', 'place'),
]);
const linked = (text: string) => annotate(index, text).mentions.map((m) => `${m.text}:${m.entity?.id ?? '-'}`);

// Original sentences written for these tests.
describe('a state body written alone on a page', () => {
  it("links to the body of the page's country, not another country's of the same name", () => {
    expect(linked('In Mali, the National Assembly met on Monday.')).toEqual(['Mali:mali', 'National Assembly:malian-national-assembly']);
    expect(linked('In Slovakia, the National Assembly met on Monday.')).toEqual(['Slovakia:slovakia', 'National Assembly:slovak-national-assembly']);
  });

  it('links to the one entity holding it as written, when the KB knows it under another country', () => {
    expect(linked('Talks in Mali ended, the State Department said.')).toEqual(['Mali:mali', 'State Department:us-state-department']);
  });
});
