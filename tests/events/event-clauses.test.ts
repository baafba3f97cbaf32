import { describe, expect, it } from 'vitest';
import { clausesOf, roles } from './clauses-of';

describe('eventClauses', () => {
  it('reads who supplies whom, in verbs and in nouns', () => {
    expect(clausesOf('North Korea keeps shipping rockets and artillery rounds to Russia.').map(roles)).toEqual([['supply', ['North Korea'], ['Russia'], []]]);
    expect(clausesOf('Analysts counted deliveries of shells by North Korea to Russia.').map(roles)).toEqual([['supply', ['North Korea'], ['Russia'], []]]);
  });

  it('keeps direction: the same two countries the other way round is read the other way round', () => {
    const [clause] = clausesOf('Russia is handing satellite technology to North Korea.');
    expect(clause && roles(clause)).toEqual(['supply', ['Russia'], ['North Korea'], []]);
  });

  it('reads the passive: what is done "by" someone is done to the subject', () => {
    expect(clausesOf('The missile launches of North Korea were condemned by Japan.').map(roles)).toEqual([['condemn', ['Japan'], ['North Korea'], []]]);
    expect(clausesOf('Kyiv was attacked by Russia overnight.').map(roles)).toEqual([['attack', ['Russia'], ['Ukraine'], ['Kyiv']]]);
  });

  it("reads capitals as their countries, the target's as where it happened", () => {
    const [clause] = clausesOf('Satellite images showed shipments of artillery shells from Pyongyang to Moscow.');
    expect(clause && roles(clause)).toEqual(['supply', ['North Korea'], ['Russia'], ['Moscow']]);
    expect(clause?.others).toEqual(['Pyongyang']);
  });

  it('reads demonyms as their countries', () => {
    const [clause] = clausesOf('North Korean units were deployed near Kursk, where they fought Ukrainian brigades.');
    expect(clause?.kind).toBe('deploy');
    expect(clause?.agents).toEqual(['North Korea']);
    expect(clause?.places).toEqual(['Kursk']);
  });

  it('reads the capital of a country as that city', () => {
    expect(clausesOf('Russian forces launched a missile attack on the capital of Ukraine.').map(roles)).toEqual([
      ['attack', ['Russia'], ['Ukraine'], ['Kyiv']],
    ]);
  });

  it('reads "the Ukrainian capital" as Kyiv and "the Kremlin" as Russia', () => {
    expect(clausesOf('Russia struck the Ukrainian capital overnight.').map(roles)).toEqual([['attack', ['Russia'], ['Ukraine'], ['Kyiv']]]);
    expect(clausesOf('The Kremlin is handing rocket technology to North Korea.').map(roles)).toEqual([['supply', ['Russia'], ['North Korea'], []]]);
  });

  it('reads "the North" as North Korea only where the article names North Korea', () => {
    const setUp = 'North Korea tested a missile. Officials say the North has been shipping shells to Russia.';
    expect(clausesOf(setUp).map(roles)).toEqual([['supply', ['North Korea'], ['Russia'], []]]);
    expect(clausesOf('Officials say the North has been shipping shells to Russia.')).toEqual([]);
    // "the South" is South Korea only where the article names South Korea.
    expect(clausesOf('North Korea tested a missile. Officials say the South has been shipping shells to Russia.')).toEqual([]);
  });

  it('reads what is sent "to the army" as supplies, troops sent as a deployment', () => {
    expect(clausesOf('Pyongyang has delivered a million shells to the Russian army.').map(roles)).toEqual([['supply', ['North Korea'], ['Russia'], []]]);
    expect(clausesOf('North Korea sent troops to Russia.').map((c) => c.kind)).toEqual(['deploy']);
  });

  it('gives a verb after "and" the previous event verb\'s actor, past an appositive', () => {
    const [clause] = clausesOf("America's top diplomat, Antony Blinken, arrived in Seoul and met President Yoon Suk Yeol.");
    expect(clause && roles(clause)).toEqual(['meet', ['Antony Blinken'], ['South Korea', 'Yoon Suk Yeol'], ['Seoul']]);
  });

  it('takes no place before a person for a list: "In Brussels, Mark Rutte met …" has Rutte meet', () => {
    expect(clausesOf('In Brussels, Mark Rutte met Antony Blinken.').map(roles)).toEqual([['meet', ['Mark Rutte'], ['Antony Blinken'], []]]);
  });

  it('makes the host country a party of a visit only, and reads "in the city of Aden" as where', () => {
    expect(clausesOf('The Italian Parliament met in Rome.').map(roles)).toEqual([['meet', ['Italian Parliament'], [], ['Rome']]]);
    expect(clausesOf('Yemeni forces were deployed in the city of Aden.').map(roles)).toEqual([['deploy', ['Yemen'], [], ['Aden']]]);
  });

  it('reads where aid went from the verb after it', () => {
    expect(clausesOf('Humanitarian aid reached Gaza on Thursday.').map(roles)).toEqual([['aid', [], ['Gaza'], []]]);
  });

  it("reads the kinds' paraphrases only when asked (a page checked against known events), never in the corpus", () => {
    const text = 'Moscow pounded Kharkiv overnight.';
    expect(clausesOf(text)).toEqual([]);
    expect(clausesOf(text, null, null, { paraphrases: true }).map(roles)).toEqual([['attack', ['Russia'], ['Kharkiv'], []]]);
  });

  it('gives a clause after ", and" no subject from before the comma', () => {
    // "hit" is no event word; "the attack" has no actor of its own, and Kyiv must not become one.
    expect(clausesOf('Russian drones hit targets in the capital of Ukraine overnight, and the attack was the heaviest in weeks.')).toEqual([]);
  });

  it('finds the subject after a leading phrase and the counterpart through an appositive', () => {
    const [clause] = clausesOf('At a dinner meeting with Mark Rutte, the head of NATO, Antony Blinken praised the alliance.');
    expect(clause?.agents).toEqual(['Antony Blinken']);
    expect(clause?.targets).toEqual(['Mark Rutte']);
    expect(clause?.others).toEqual(['NATO']);
  });

  it('makes a visit to a capital a visit to its country, dated by the article', () => {
    const [clause] = clausesOf('Antony Blinken landed in Seoul on Wednesday and arrived at talks with Yoon Suk Yeol.', '2024-03-07');
    expect(clause && roles(clause)).toEqual(['meet', ['Antony Blinken'], ['Yoon Suk Yeol'], []]);
    const [visit] = clausesOf('Antony Blinken arrived in Seoul on Wednesday.', '2024-03-07');
    expect(visit && roles(visit)).toEqual(['meet', ['Antony Blinken'], ['South Korea'], ['Seoul']]);
    expect(visit?.visit).toBe(true);
    expect(visit?.date).toBe('2024-03-06');
  });

  it('places a meeting with a person at the dateline when the text names no place', () => {
    const [clause] = clausesOf('Antony Blinken met Yoon Suk Yeol for two hours.', null, 'Seoul');
    expect(clause?.places).toEqual(['Seoul']);
    // The host country is where it happened, not the other party.
    expect(clause?.targets).toEqual(['Yoon Suk Yeol']);
    expect(clause?.others).toEqual(['South Korea']);
  });

  it('leaves out who said it, and the topic of talks', () => {
    const [supply] = clausesOf('North Korea shipped shells to Russia, the Pentagon said.');
    expect(supply?.others).toEqual([]);
    const [talks] = clausesOf('Lloyd Austin held talks with South Korea on threats from China.');
    expect(talks && roles(talks)).toEqual(['meet', ['Lloyd Austin'], ['South Korea'], []]);
    expect(talks?.others).toEqual([]);
  });

  it('reads humanitarian aid and the war it relieves', () => {
    const [aid] = clausesOf('Diplomats pressed for humanitarian pauses in Gaza during the Israel-Hamas war.');
    expect(aid?.kind).toBe('aid');
    expect(aid?.places).toEqual(['Gaza']);
    expect(aid?.others).toEqual(['Israel', 'Hamas']);
  });

  it('reads no event in simulated or negated attacks, nor in sentences without an event word', () => {
    expect(clausesOf('North Korea staged simulated attacks on South Korea.')).toEqual([]);
    expect(clausesOf('Russia did not attack Finland.')).toEqual([]);
    expect(clausesOf('Antony Blinken flew over Japan and Korea.')).toEqual([]);
    expect(clausesOf('Hideo Nomo struck out the Colorado Rockies in order.')).toEqual([]);
  });
});
