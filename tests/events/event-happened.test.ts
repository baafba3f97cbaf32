/**
 * Precision of event reading: plans, calls, cancellations, denials, accusations and hedges are no
 * events; a speaker is not the actor of what he tells, a victim not the attacker, the host country
 * of a meeting not the other party; a name that only modifies ("U.S.-led") acts for no one.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf, roles } from './clauses-of';

describe('what did not happen is no event', () => {
  it.each([
    'Ana Ruiz wants to meet Ivo Mann in Lisbon.',
    'Portugal plans to send tanks to Chile.',
    'Ana Ruiz will visit Chile next week.',
    'Chile is set to impose sanctions on Peru.',
    'Ana Ruiz refused to meet Ivo Mann.',
    'Ana Ruiz cancelled her visit to Chile.',
    'Ana Ruiz called off talks with Ivo Mann.',
    'Chile postponed the delivery of tanks to Peru.',
    'Ana Ruiz called for talks with Ivo Mann.',
    'Peru denied attacking Chile.',
    'Peru accused Chile of attacking its border posts.',
    'Ana Ruiz discussed a planned visit to Chile.',
    'Peru has not deployed troops to Chile.',
    'Peru could attack Chile within days.',
    'Chile and Peru are to hold talks.',
    'Peru formed two divisions to be deployed in Arica.',
    'Bolivia seized a Chilean arms shipment to Peru.',
    'Chile accused Peru of carrying out attacks on Arica.',
    'Portugal sent the army chief Ivo Mann to Lisbon.',
    'Peruvian fighters allegedly attacked Arica.',
    'The plan of Chile is met with protests by Peru.',
    'Chile and Peru will resume their peace talks in Lima.',
    'Thousands rallied in Lima against the Chilean attacks on Arica.',
    'Ana Ruiz objects to Chilean sanctions against Peru.',
    'Chile approved of sending tanks to Peru.',
    'The decree bars Ana Ruiz from visiting Chile.',
    'Peru condemned the allegations that Chile supplied arms to Ecuador.',
    'Chile handed over 22 suspects to Peru.',
    'Any tanks Portugal sends to Chile would meet a response.',
    'Chilean sanctions against Peru remain in place.',
    'Ana Ruiz will reportedly undergo surgery and temporarily hand power to Ivo Mann.',
    'Chilean rebels attacked Arica.',
    'Ana Ruiz and Ivo Mann signed a visiting forces agreement in Lima.',
  ])('%s', (text) => {
    expect(clausesOf(text).map(roles)).toEqual([]);
  });

  it('still reads what was done, whatever the tense or voice', () => {
    expect(clausesOf('Portugal has been sending tanks to Chile.').map(roles)).toEqual([['supply', ['Portugal'], ['Chile'], []]]);
    expect(clausesOf('Portugal began to send tanks to Chile.').map(roles)).toEqual([['supply', ['Portugal'], ['Chile'], []]]);
    expect(clausesOf('Peru sent riot police to Arica.').map(roles)).toEqual([['deploy', ['Peru'], ['Arica'], []]]);
    expect(clausesOf('Chile was attacked by Peru.').map(roles)).toEqual([['attack', ['Peru'], ['Chile'], []]]);
    expect(clausesOf('Chile imposed sanctions on Peru.').map(roles)).toEqual([['sanction', ['Chile'], ['Peru'], []]]);
    expect(clausesOf('Peru responded by sending troops to Arica.').map((c) => c.kind)).toEqual(['deploy']);
    expect(clausesOf('Two people were killed in a Chilean airstrike on Arica.').map(roles)).toEqual([['attack', ['Chile'], ['Arica'], []]]);
  });
});

describe('who acts', () => {
  it('is not the speaker: after a verb of saying the actor is the new subject', () => {
    expect(clausesOf('Ana Ruiz said Peru attacked Chile.').map(roles)).toEqual([['attack', ['Peru'], ['Chile'], []]]);
    expect(clausesOf('Ana Ruiz said the attack on Chile was brutal.')).toEqual([]);
  });

  it('is not whoever does something else about the event', () => {
    expect(clausesOf('Ana Ruiz demanded an inquiry into the attacks on tankers near Chile.')).toEqual([]);
    expect(clausesOf('Peru launched an attack on Chile.').map(roles)).toEqual([['attack', ['Peru'], ['Chile'], []]]);
  });

  it('is not the victim named as the object of another verb, the subject of a passive, or the one met before "who"', () => {
    expect(clausesOf('Gunmen killed Peruvian soldiers in an attack near Chile.')).toEqual([]);
    expect(clausesOf('Ivo Mann is attacked by a man in Lisbon.').map(roles)).toEqual([]);
    expect(clausesOf('Ana Ruiz meets the woman who attacked her.').map(roles)).toEqual([]);
  });

  it('is not a nationality standing for the state ("a Peruvian man")', () => {
    expect(clausesOf('Two are hurt in an attack by a Peruvian man in Lisbon.')).toEqual([]);
  });

  it('is not a name that only modifies the one who acts', () => {
    expect(clausesOf('A Peru-led coalition attacked Chile.')).toEqual([]);
    expect(clausesOf('Cuban dissidents arrived in Lisbon.')).toEqual([]);
  });

  it('is the name right before the event noun, whatever governs it', () => {
    expect(clausesOf('Three people are killed in a Peruvian attack on Arica.').map(roles)).toEqual([['attack', ['Peru'], ['Arica'], []]]);
  });

  it("is not the country closing a leading phrase, nor a name inside a person's appositive", () => {
    expect(clausesOf('At least 16 people are killed in an attack on a hotel in Lisbon, Portugal.')).toEqual([]);
    expect(clausesOf('Ana Ruiz, the Chilean envoy, arrived in Lisbon.').map(roles)).toEqual([['meet', ['Ana Ruiz'], ['Portugal'], ['Lisbon']]]);
  });
});

describe('meetings', () => {
  it('make the host country where it happened, not the other party, when someone is met', () => {
    const [clause] = clausesOf('Ana Ruiz met Ivo Mann in Lisbon.');
    expect(clause?.targets).toEqual(['Ivo Mann']);
    expect(clause?.places).toEqual(['Lisbon']);
    expect(clause?.others).toEqual(['Portugal']);
  });

  it('make a country naming the person met no party ("Peruvian President Ivo Mann")', () => {
    const [clause] = clausesOf('Ana Ruiz met Peruvian President Ivo Mann in Lisbon.');
    expect(clause?.targets).toEqual(['Ivo Mann']);
    expect(clause?.others).toContain('Peru');
  });

  it('give one event per sentence for one actor', () => {
    const clauses = clausesOf('Ana Ruiz visited Lisbon and held talks with Ivo Mann.');
    expect(clauses.map(roles)).toEqual([['meet', ['Ana Ruiz'], ['Portugal', 'Ivo Mann'], ['Lisbon']]]);
  });
});
