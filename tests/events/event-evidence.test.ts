/**
 * The event confidence gate (lib/nlp/event-evidence.ts), read as the KB build reads (strict):
 * sentences invented for these tests; each pair shows a clause the gate keeps out and the strong
 * telling of the same kind it keeps.
 */
import { describe, expect, it } from 'vitest';
import WORDS from '../../lib/nlp/data/event-evidence.json';
import { EVENT_KINDS, KIND_NAMES } from '../../lib/nlp/event-kinds';
import { ACCUSE_WORDS, SPEECH_VERBS } from '../../lib/nlp/event-words';
import { clausesOf, roles } from './clauses-of';

const strict = (text: string, date: string | null = '2031-05-04') => clausesOf(text, date, null, { strict: true }).map(roles);

describe('the gate keeps strong tellings', () => {
  it('keeps a subject right before a finite verb, a name before a noun, "by X" and a light verb', () => {
    expect(strict('Peru attacked Chile.')).toEqual([['attack', ['Peru'], ['Chile'], []]]);
    expect(strict('Two guards are killed in a Peruvian drone attack on Arica.')).toEqual([['attack', ['Peru'], ['Arica'], []]]);
    expect(strict('Two guards are killed in an airstrike by Peru on Arica.')).toEqual([['attack', ['Peru'], ['Arica'], []]]);
    expect(strict('Peru launches drone strikes on Arica.')).toEqual([['attack', ['Peru'], ['Arica'], []]]);
  });

  it('keeps a light verb with its particle, a verb made real by "able to", and aid called for', () => {
    expect(strict('Peruvian forces carried out the first combined attack on Arica.')).toEqual([['attack', ['Peru'], ['Arica'], []]]);
    expect(strict('The Peruvian Air Force makes two air strikes on Arica.')).toEqual([['attack', ['Peruvian Air Force'], ['Arica'], []]]);
    expect(strict('Peru is able to provide artillery shells to Chile.')).toEqual([['supply', ['Peru'], ['Chile'], []]]);
    expect(strict('Ecuador calls for humanitarian pauses for the civilians in Arica.').map((r) => r[0])).toEqual(['aid']);
  });

  it('keeps the subject of the main clause after a leading phrase that holds the event', () => {
    expect(strict('During a visit to Chile, Peruvian President Ana Ruiz warns Bolivia.').map((r) => r[1])).toEqual([['Ana Ruiz']]);
  });
});

describe('the gate keeps out weak tellings', () => {
  it('drops a condition and a question', () => {
    expect(strict('Peru warns it will respond if Chile attacks Arica.')).toEqual([]);
    expect(strict('Did Chile attack Arica?')).toEqual([]);
    expect(strict('Peru warns it will respond, but Chile attacks Arica.')).toEqual([['attack', ['Chile'], ['Arica'], []]]);
  });

  it('drops a gerund or a participle standing alone', () => {
    expect(clausesOf('The suspect was questioned by the Federal Police having visited Chile.').map(roles)).not.toEqual([]);
    expect(strict('The suspect was questioned by the Federal Police having visited Chile.')).toEqual([]);
    expect(strict('Ana Ruiz visited Chile.')).toEqual([['meet', ['Ana Ruiz'], ['Chile'], []]]);
    expect(clausesOf('Ana Ruiz recalled Peru visiting Chile.').map(roles)).toEqual([['meet', ['Peru'], ['Chile'], []]]);
    expect(strict('Ana Ruiz recalled Peru visiting Chile.')).toEqual([]);
  });

  it('drops a noun event that is a topic: judged, or after "over" or "in response to"', () => {
    expect(strict('Bolivia condemns the recent Peruvian attack on Arica.').filter((r) => r[0] === 'attack')).toEqual([]);
    expect(strict('Ecuador recalls its envoy over Peruvian strikes on Arica.').filter((r) => r[0] === 'attack')).toEqual([]);
    expect(strict('Bolivia mobilizes in response to Peruvian strikes on Arica.').filter((r) => r[0] === 'attack')).toEqual([]);
  });

  it('drops a perfect that tallies', () => {
    expect(strict('Chile has bombed 200 targets in Peru so far.')).toEqual([]);
    expect(strict('Chile bombed 200 targets in Peru on Monday.')).toEqual([['attack', ['Chile'], [], ['Peru']]]);
  });

  it('drops a subject that is the object of a preposition', () => {
    const text = 'Peru recalls its envoy in a row over Chilean Air Force strikes on Arica.';
    expect(clausesOf(text).map(roles)).toEqual([['attack', ['Chilean Air Force'], ['Arica'], []]]);
    expect(strict(text)).toEqual([]);
    expect(strict('The Chilean Air Force strikes Arica.')).toEqual([['attack', ['Chilean Air Force'], ['Arica'], []]]);
  });

  it('drops a noun event carried by a verb that is not finite', () => {
    expect(strict('Troops must be used to provide humanitarian aid to Peru.')).toEqual([]);
    expect(strict('Having delivered humanitarian aid to Peru, the convoy returned to Lima.')).toEqual([]);
    expect(strict('Troops provide humanitarian aid to Peru.').map((r) => r[0])).toEqual(['aid']);
  });

  it('keeps listed subjects with their titles, determiners and the forces they act through', () => {
    expect(strict('Chilean and Peruvian diplomats meet in Quito.')).toEqual([['meet', ['Chile'], ['Peru'], ['Quito']]]);
    expect(strict('Chilean President Ivo Mann and the Peruvian President Ana Ruiz meet in Quito.')).toEqual([['meet', ['Ivo Mann'], ['Ana Ruiz'], ['Quito']]]);
  });

  it('drops a meeting whose list of parties lost its first name', () => {
    const text = 'Peruvian President Ana Ruiz, Chilean President Ivo Mann and Bolivian President Eva Soto meet in Quito.';
    expect(clausesOf(text).map(roles)).toEqual([['meet', ['Ivo Mann'], ['Eva Soto'], ['Quito']]]);
    expect(strict(text)).toEqual([]);
  });

  it('drops an actor that is not the subject of the event verb', () => {
    expect(clausesOf('Ana Ruiz was caught smuggling bombs into Chile.').map(roles)).not.toEqual([]);
    expect(strict('Ana Ruiz was caught smuggling bombs into Chile.')).toEqual([]);
    expect(strict('Protests in Chile over prices are criticized by Ana Ruiz on television.').filter((r) => r[2].includes('Chile'))).toEqual([]);
  });

  it('drops a state named by a demonym of a person who is not its forces', () => {
    expect(strict('A man is killed in a stabbing attack by a Peruvian Aymara assailant at a bus stop in Arica.')).toEqual([]);
    expect(strict('A man is killed in an attack by Peruvian forces at a bus stop in Arica.').map((r) => r[1])).toEqual([['Peru']]);
  });

  it('drops a person as the actor of an attack or a supply', () => {
    expect(clausesOf('Ana Ruiz attacked Chile.').map(roles)).toEqual([['attack', ['Ana Ruiz'], ['Chile'], []]]);
    expect(strict('Ana Ruiz attacked Chile.')).toEqual([]);
  });

  it('drops a supply that names no goods', () => {
    expect(strict('Peru transfers $100 million in tax revenues to Chile.')).toEqual([]);
    expect(strict('Peru delivers a speech to Chile.')).toEqual([]);
    expect(strict('Peru delivers artillery shells to Chile.')).toEqual([['supply', ['Peru'], ['Chile'], []]]);
  });

  it('drops a match read as a meeting', () => {
    expect(strict('Peru meet Chile in the cup semifinal in Lima.')).toEqual([]);
    expect(strict('Peru and Chile meet in Lima for border talks.').map((r) => r[0])).toContain('meet');
  });

  it('drops a fragment of a title taken for the actor, far from the verb', () => {
    const text = 'Andean Council High Commissioner for Human Rights Ana Ruiz condemns Chile.';
    expect(clausesOf(text).map(roles)).toEqual([['condemn', ['Andean Council'], ['Chile'], []]]);
    expect(strict(text)).toEqual([]);
  });
});

describe('the gate reads titles and owners', () => {
  it('keeps "by" with a title before the name, and a target that owns what the passive acts on', () => {
    expect(strict("Chile's missile tests were condemned by Secretary Ana Ruiz.")).toEqual([['condemn', ['Ana Ruiz'], ['Chile'], []]]);
  });
});

describe('the gate words are data', () => {
  const lists = Object.entries(WORDS).filter(([k]) => k !== 'about') as [string, string[]][];
  it('lists lowercase words once each', () => {
    for (const [name, list] of lists) {
      expect(
        list.every((w) => w === w.toLowerCase()),
        name,
      ).toBe(true);
      expect(new Set(list).size, name).toBe(list.length);
    }
  });
  it('keeps topic verbs apart from the kinds\u2019 light verbs, speech and accusation words', () => {
    const light = new Set(KIND_NAMES.flatMap((k) => EVENT_KINDS[k].lightVerbs));
    for (const w of WORDS.topicVerbs) {
      expect(light.has(w) || SPEECH_VERBS.has(w) || ACCUSE_WORDS.has(w), w).toBe(false);
    }
  });
  it('keeps leading words apart from topic governors: an event in a leading phrase happened', () => {
    expect(WORDS.leadingWords.filter((w) => WORDS.topicGovernors.includes(w))).toEqual([]);
  });
});
