import { describe, expect, it } from 'vitest';
import type { Candidate } from './detect';
import { indexPeople } from './people-index';

const person = (name: string, start: number) => ({ name, start }) as Candidate;

describe('indexPeople', () => {
  const people = indexPeople([person('Antony Blinken', 10), person('Donald Blinken', 50), person('Park Jin', 80)]);

  it('gives the nearest person before the word, else the first', () => {
    expect(people.fullNameFor('Blinken', 40)).toBe('Antony Blinken');
    expect(people.fullNameFor('Blinken', 60)).toBe('Donald Blinken');
    expect(people.fullNameFor('Blinken', 5)).toBe('Antony Blinken');
    expect(people.fullNameFor('Jin', Number.POSITIVE_INFINITY)).toBe('Park Jin');
  });

  it('compares alias keys, and knows single names only', () => {
    expect(people.fullNameFor('BLINKEN’s', 60)).toBe('Donald Blinken');
    expect(people.fullNameFor('Antony Blinken', 60)).toBeNull();
    expect(people.fullNameFor('Seoul', 60)).toBeNull();
  });

  it('gives no one for a particle many names share ("Al", "van")', () => {
    const named = indexPeople([person('Hamid al-Rawzi', 10), person('Pieter van Dorn', 40)]);
    expect(named.fullNameFor('Al', 30)).toBeNull();
    expect(named.fullNameFor('van', 60)).toBeNull();
    expect(named.fullNameFor('Rawzi', 30)).toBe('Hamid al-Rawzi');
  });
});
