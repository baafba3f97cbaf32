/** `backstory inspect --json` lists events in the shape DESIGN.md promises, participants by name. */
import { expect, it } from 'vitest';
import { inspectJson } from '../../cli/commands/inspect';
import { bundledKb } from '../kb/bundled-kb';

it('lists events as {id, label, date, participants: [name], docs: [file]}', async () => {
  const { events } = inspectJson(await bundledKb());
  for (const e of events) expect(Object.keys(e)).toEqual(['id', 'label', 'date', 'participants', 'docs']);
  expect(events.find((e) => e.id === 'north-korea-supplies-munitions-to-russia')).toEqual({
    id: 'north-korea-supplies-munitions-to-russia',
    label: 'North Korea supplies munitions to Russia',
    date: '2023-11-09',
    participants: ['North Korea', 'Russia', 'Ukraine'],
    docs: ['000_0d5ffab74231d77e.txt', '004_fe850a9c543d8108.txt'],
  });
});
