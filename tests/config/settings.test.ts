import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, toSettings } from '~/config/settings';
import { HOVER_DWELL_MS } from '~/lib/page/constants';

describe('toSettings', () => {
  it.each([
    ['nothing stored', undefined, HOVER_DWELL_MS],
    ['a chosen dwell', { hoverDwellMs: 800 }, 800],
    ['a negative dwell', { hoverDwellMs: -5 }, HOVER_DWELL_MS],
    ['a dwell of minutes', { hoverDwellMs: 600_000 }, HOVER_DWELL_MS],
    ['a string', { hoverDwellMs: '800' }, HOVER_DWELL_MS],
  ])('%s', (_, stored, dwell) => {
    expect(toSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, hoverDwellMs: dwell });
  });

  it.each([
    ['off unless chosen', {}, false],
    ['on when chosen', { showUnknown: true }, true],
    ['off for a non-boolean', { showUnknown: 'yes' }, false],
  ])('unknown entities: %s', (_, stored, show) => {
    expect(toSettings(stored).showUnknown).toBe(show);
  });
});

describe('card mode', () => {
  it.each([
    ['standard unless chosen', {}, 'standard'],
    ['plain when chosen', { cardMode: 'plain' }, 'plain'],
    ['standard for anything else', { cardMode: 'simple' }, 'standard'],
  ])('%s', (_, stored, mode) => {
    expect(toSettings(stored).cardMode).toBe(mode);
  });
});
