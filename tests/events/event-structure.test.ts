/**
 * Who acts, by the clause's structure rather than nearness, and which sentences tell no happening
 * of a kind. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf, roles } from './clauses-of';

describe('event actors by structure', () => {
  it('gives an active verb whose subject is a common noun no actor, however near a name stands', () => {
    expect(clausesOf('In Chile, a swarm of 30 (and counting) earthquakes struck Santiago overnight.')).toEqual([]);
    expect(clausesOf('Six Peruvian National Ballet dancers arrive in Madrid after a tour.')).toEqual([]);
    // Nouns of those who act for a state leave the state its actor.
    expect(clausesOf('Peruvian soldiers attacked a camp in Ecuador.').map((c) => c.agents)).toEqual([['Peru']]);
  });

  it('takes where a shell was fired from for no actor', () => {
    expect(clausesOf('A shell fired from Syria strikes a bakery in Jordan.')).toEqual([]);
  });

  it('takes no counted people for their state', () => {
    expect(clausesOf('The European Union imposes sanctions on 12 Belarusians.')).toEqual([]);
    expect(clausesOf('Thousands of Belarusians were deployed to Russia.').map((c) => c.agents)).toEqual([['Belarus']]);
  });

  it('takes no object of a preposition, behind a title, for the subject a later verb shares', () => {
    expect(clausesOf('A man looking for Prime Minister Jacinda Ardern broke into her office in Auckland and attacks her driver Tom Smith.')).toEqual([]);
  });

  it('keeps the names listed with the subject after a leading phrase', () => {
    expect(clausesOf('After talks in Geneva, Armenia and Azerbaijan agree to a prisoner exchange.').map(roles)).toEqual([
      ['meet', ['Armenia'], ['Azerbaijan'], ['Geneva']],
    ]);
  });

  it('has travellers who go together visit, not meet each other', () => {
    const clauses = clausesOf('Prime ministers Mette Frederiksen, Jonas Gahr Støre and Ulf Kristersson visit Iceland after the eruption.');
    expect(clauses.flatMap((c) => c.targets)).not.toContain('Jonas Gahr Støre');
  });

  it('takes "by" inside an active verb\'s object for no actor', () => {
    const clauses = clausesOf('Canada delivers the wheat of farms run by Ukraine to Egypt.');
    expect(clauses.map(roles)).toEqual([['supply', ['Canada'], ['Egypt'], []]]);
  });

  it('takes a distance "upriver from" a place for no sender', () => {
    expect(clausesOf('Troops have been sent to a dam upriver from Wuhan in Hubei.').flatMap((c) => c.agents)).not.toContain('Wuhan');
  });
});

describe('sentences that tell no happening of the kind', () => {
  it('sends no supply in words, papers, powers or an official', () => {
    expect(clausesOf('Norway sends a letter of protest to Denmark.')).toEqual([]);
    expect(clausesOf('Canada sends two inspectors to Ghana.')).toEqual([]);
    expect(clausesOf('Canada sends military advisers to Ghana.').map((c) => c.kind)).toEqual(['deploy']);
  });

  it('drops a happening of another year that no written date places', () => {
    expect(clausesOf('Officials recalled that Peru attacked Ecuador in 1995.', '2010-05-01')).toEqual([]);
    expect(clausesOf('Peru attacked Ecuador in 2010.', '2010-05-01').map(roles)).toEqual([['attack', ['Peru'], ['Ecuador'], []]]);
    // A count is no year.
    expect(clausesOf('Chile sent 2000 troops to Haiti.', '2010-05-01').map((c) => c.kind)).toEqual(['deploy']);
  });

  it('reads troops described by a participle as no deployment', () => {
    expect(clausesOf('Twelve Chilean soldiers deployed as peacekeepers in Haiti were injured in a storm.')).toEqual([]);
    expect(clausesOf('Chile deployed soldiers to Haiti.').map((c) => c.kind)).toEqual(['deploy']);
  });

  it('reads aid sought, a ceasefire agreement or a proposal as no aid', () => {
    expect(clausesOf('Families seeking humanitarian aid in Gaza gathered at the crossing.')).toEqual([]);
    expect(clausesOf('Negotiators in Cairo finalized a ceasefire agreement for Gaza.')).toEqual([]);
    expect(clausesOf('Turkey put forward a proposal for a ceasefire in Idlib.')).toEqual([]);
  });

  it('reads an event noun "for" something as a purpose or a topic', () => {
    expect(clausesOf('The Taliban claims responsibility via its news agency for the bombing in Lahore, Pakistan.')).toEqual([]);
  });

  it('reads talks "ahead of" others, or restarted in the future, as not yet held', () => {
    const clauses = clausesOf('Emmanuel Macron met Olaf Scholz in Berlin ahead of talks with Giorgia Meloni.');
    expect(clauses.map(roles)).toEqual([['meet', ['Emmanuel Macron'], ['Olaf Scholz'], ['Berlin']]]);
    expect(clausesOf('Spain will restart trade talks with Morocco next month.')).toEqual([]);
  });
});
