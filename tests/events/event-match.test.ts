/**
 * Events on the page: sentences written for this test tell each seeds-gold event in words the
 * bundled corpus never uses, and `annotate` (the matcher the extension's background runs) reports
 * the KB event with the sentence's span.
 */
import { describe, expect, it } from 'vitest';
import { createKbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import { bundledKb } from '../kb/bundled-kb';

const eventsOf = async (text: string, date: string | null = null) => annotate(createKbIndex(await bundledKb()), text, { date }).events;
const idsOf = async (text: string, date: string | null = null) => (await eventsOf(text, date)).map((e) => e.id);

describe('events on the page', () => {
  it.each([
    ['Shipments of artillery shells from Pyongyang to Moscow have continued for months.', 'north-korea-supplies-munitions-to-russia'],
    ['In exchange, Russia has been transferring military know-how to North Korea.', 'russia-supplies-north-korea'],
    ['Antony Blinken arrived in Seoul for a second round of consultations.', 'antony-blinken-visits-south-korea'],
    ['North Korean soldiers have been sent to fight alongside Russian units near Kursk.', 'north-korea-deploys-troops-in-kursk'],
    ['Russian missiles and drones struck Kyiv before dawn.', 'russia-attacks-kyiv'],
    ['Antony Blinken sat down for a meeting with Mark Rutte in Brussels.', 'antony-blinken-meets-mark-rutte'],
    ['The convoy finally carried humanitarian aid into Gaza.', 'humanitarian-aid-for-gaza'],
  ])('"%s" tells %s', async (text, id) => {
    expect(await idsOf(text)).toEqual([id]);
  });

  it.each([
    ['Overnight, Moscow pounded the Ukrainian capital with missiles.', 'russia-attacks-kyiv'],
    ['North Korea is isolated. Officials say the North has been funnelling rockets to Moscow.', 'north-korea-supplies-munitions-to-russia'],
    ['The Kremlin keeps passing rocket technology to Pyongyang.', 'russia-supplies-north-korea'],
    ['Antony Blinken flew into Seoul and conferred with President Yoon Suk Yeol.', 'antony-blinken-visits-south-korea'],
    ['Blinken castigated North Korea for its missile launches.', 'antony-blinken-condemns-north-korea'],
    ["Pyongyang's soldiers are fighting in Russia's Kursk region.", 'north-korea-deploys-troops-in-kursk'],
    ['Relief convoys rolled into Gaza.', 'humanitarian-aid-for-gaza'],
  ])('recognizes "%s" through the paraphrases, capitals, seats and short forms as %s', async (text, id) => {
    expect(await idsOf(text)).toEqual([id]);
  });

  it('recognizes a meeting whoever is named first', async () => {
    expect(await idsOf('In Brussels, Mark Rutte sat down with Antony Blinken.')).toEqual(['antony-blinken-meets-mark-rutte']);
  });

  it('recognizes an event only on a page dated within its window of days', async () => {
    // The KB dates the visit 2023-11-09; meetings are one happening over 5 days.
    const text = 'Antony Blinken arrived in Seoul on Wednesday.';
    expect(await idsOf(text, '2023-11-10')).toEqual(['antony-blinken-visits-south-korea']);
    expect(await idsOf(text, '2021-03-18')).toEqual([]);
    expect(await idsOf(text)).toEqual(['antony-blinken-visits-south-korea']);
    // A written date in the sentence dates it, whatever the page's date.
    expect(await idsOf('Antony Blinken arrived in Seoul on 8 November 2023.', '2024-05-01')).toEqual(['antony-blinken-visits-south-korea']);
  });

  it('recognizes no other happening of the same participants', async () => {
    const page =
      'North Korea is isolated. Last year the North shipped coal to China. Russian artillery pounded Kharkiv. ' +
      'Blinken criticized Russia. Officials say the South has been funnelling rockets to Moscow.';
    expect(await idsOf(page)).toEqual([]);
  });

  it('gives the KB label and the sentence span', async () => {
    const text = 'Officials met in Vienna. Freight trains hauled shipments of shells from Pyongyang to Moscow all winter.';
    const [event] = await eventsOf(text);
    expect(event).toMatchObject({
      label: 'North Korea supplies munitions to Russia',
      text: 'Freight trains hauled shipments of shells from Pyongyang to Moscow all winter.',
    });
    expect(text.slice(event?.start, event?.end)).toBe(event?.text);
  });

  it('keeps direction: supplies from Russia to North Korea are not the munitions event', async () => {
    expect(await idsOf('Russia keeps handing weapons technology to North Korea.')).toEqual(['russia-supplies-north-korea']);
  });

  it('shows no event on a page on an unrelated topic', async () => {
    const page =
      'France shipped grain to Egypt last spring. The mayor of Lyon met farmers in Paris on Tuesday, and a storm struck the coast of Brittany.\n' +
      'Gardeners say tulips need cold winters. Prices rose in Tokyo.';
    expect(await idsOf(page)).toEqual([]);
  });

  it('shows no event where KB names appear without the event', async () => {
    expect(await idsOf('Antony Blinken spoke about the economy of Japan. Russia and North Korea share a short border.')).toEqual([]);
  });
});
