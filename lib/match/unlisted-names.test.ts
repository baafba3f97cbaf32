import { describe, expect, it } from 'vitest';
import { smallKb } from '../../tests/match/small-kb';
import { annotate } from './annotate';

const index = smallKb([]);
/** The unknown names listed for `text` (nothing is in the KB). */
const unknown = (text: string) =>
  annotate(index, text)
    .mentions.filter((m) => !m.entity)
    .map((m) => m.text);

// Original sentences written for these tests.
describe('unknown names not listed', () => {
  it('a model: a name before its number or code, ending in a model letter, or holding a code', () => {
    expect(unknown('It has a Wilson Vantage 4090 card and a Brantly Systems i9 chip.')).toEqual([]);
    expect(unknown('The Zentro One S is smaller than the Wilson One X, and the Wilson is fast.')).toEqual([]);
    expect(unknown('Qz5 Brantly Systems shipped it.')).toEqual([]);
    // A score is no model's number.
    expect(unknown('The Wilson Vantage card is fast. Maria Lindqvist won 2-1.')).toEqual(['Wilson Vantage', 'Maria Lindqvist']);
  });

  it('a photo credit whose names a slash joins', () => {
    expect(unknown('The ship left port. (Ivan Dorokhov/ Varnholt Space Agency Press Service photo)')).toEqual([]);
  });

  it('one English word taken for a person, unless a longer name on the page holds it', () => {
    expect(unknown('Next page: Security')).toEqual([]);
    expect(unknown('Ellen Baker spoke first. Later, Baker left.')).toEqual(['Ellen Baker', 'Baker']);
  });

  it('two places a label joins with "&", a legal form alone, a law', () => {
    expect(unknown('More from Europe & Africa')).toEqual([]);
    expect(unknown('Harlow & Finch rose.')).toEqual(['Harlow & Finch']);
    expect(unknown('Analysts expect Keld Co. to grow. Remain Co. will hold the stake under the Fund Holding Act of 1952.')).toEqual(['Keld Co.']);
  });

  it('a place named with a demonym before it', () => {
    expect(unknown('The craft fell over the remote Russian Velka region.')).toEqual([]);
  });

  it('part of a longer name joined by "and", "of" or "for", whose other part detection left out', () => {
    // Detection now reads these whole (dictionary words before "and", and after it a body's head): the whole name is listed.
    expect(unknown('According to the Coastal Fishing and Harbour Council, catches fell.')).toEqual(['Coastal Fishing and Harbour Council']);
    // Detection now reads this one whole ("and" before a dictionary word continues an
    // organization's complement): the whole name is listed, never "Recreation" alone.
    expect(unknown('A spokesman for the city’s Office of Parks and Recreation agreed.')).toEqual(['Office of Parks and Recreation']);
    // Where the other part is a name, or opens the sentence, or the name is a person's, it stays.
    expect(unknown('Offers for Brevanti Holdings rose sharply. Maria Lindqvist and Daniel Brandt spoke.')).toEqual([
      'Brevanti Holdings',
      'Maria Lindqvist',
      'Daniel Brandt',
    ]);
  });

  it('a body’s name a title word opens, written whole, and a name the page writes whole just before it', () => {
    // "Executive" opens the body's name its head carries on over "of" (title-split.ts), no title before it.
    expect(unknown('Backed by the Executive Board of the Marlow Trade Guild, the plan passed.')).toEqual(['Executive Board of the Marlow Trade Guild']);
    // "Con" opens the sentence, so detection takes "Wilson" alone, which the page resolves to "Con Wilson".
    expect(unknown('Patrick Hale works for Con Wilson, which keeps the cables. Con Wilson, which keeps the mains, agreed.')).toEqual([
      'Patrick Hale',
      'Con Wilson',
    ]);
  });

  it('a person’s name run on into the word it describes', () => {
    expect(unknown('Ada Kowalczyk got a prize: an Ada Kowalczyk Lego figure.')).toEqual(['Ada Kowalczyk']);
  });

  it('an acronym spelled out by words that name nothing', () => {
    expect(unknown('The format, known as Packed Record Tree (PRT), keeps nests.')).toEqual([]);
    expect(unknown('She studied at the Verlund Design Institute Tarrow (VDIT) before VDIT closed.')).toContain('VDIT');
  });
});
