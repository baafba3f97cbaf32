import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../lib/corpus/dateline';

describe('matchDateline', () => {
  it.each([
    ['Washington, 9 Nov 2023 (TDI): The talks', 'Washington', '2023-11-09', 'TDI'],
    ['SEOUL, South Korea — The talks', 'Seoul', null, null],
    ['SEOUL, South Korea -- The talks', 'Seoul', null, null],
    ['SEOUL, South Korea - The talks', 'Seoul', null, null],
    ['SEOUL—The talks', 'Seoul', null, null],
    ['LONDON (Reuters) - Britain said', 'London', null, 'Reuters'],
    ['WASHINGTON, Nov. 9, 2023 (Reuters) - The talks', 'Washington', '2023-11-09', 'Reuters'],
    ['Berlin, November 9, 2023 — The talks', 'Berlin', '2023-11-09', null],
    ['NEW YORK, 2023-11-09 (Wire): The talks', 'New York', '2023-11-09', 'Wire'],
    ['KYIV, Ukraine (AP) — Russia said', 'Kyiv', null, 'AP'],
    ['ST. LOUIS — A jury', 'St. Louis', null, null],
    ['PORT-AU-PRINCE, Haiti — Gangs', 'Port-au-Prince', null, null],
    ['ISLAMABAD: The commission', 'Islamabad', null, null],
  ])('%s', (line, place, date, source) => {
    const m = matchDateline(line);
    expect(m).toMatchObject({ place, date, source, placeStart: 0 });
    // The segment covers the place as written; the body starts at the first word after the separator.
    expect(line.slice(m?.placeStart, m?.placeEnd).toLowerCase()).toBe(place.toLowerCase());
    expect(line.slice(m?.bodyStart)).toMatch(/^(The|Britain|Russia|A|Gangs)\b/);
  });

  it.each([
    'Editor: Welcome to the show',
    'Dr. Carter: Thank you for having me',
    'Biden, Harris: a ticket',
    'BREAKING: Talks collapse',
    'Seoul — the capital — said',
    'Antony Blinken, head of US foreign policy, stated that',
    'The talks ended on Thursday.',
  ])('no dateline in %s', (line) => {
    expect(matchDateline(line)).toBeNull();
  });
});
