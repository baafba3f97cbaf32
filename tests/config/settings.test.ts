import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, toSettings } from '~/config/settings';
import { HOVER_DWELL_MS } from '~/lib/page/constants';
import { highlightName } from '~/lib/page/mark-style';

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

describe('names met on pages', () => {
  it.each([
    ['kept unless turned off', {}, true],
    ['not kept when turned off', { recordMet: false }, false],
    ['kept for a non-boolean', { recordMet: 'no' }, true],
  ])('%s', (_, stored, record) => {
    expect(toSettings(stored).recordMet).toBe(record);
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

describe('mark types and style', () => {
  it('keep each chosen type and fall back per type', () => {
    expect(toSettings({ markTypes: { place: false, event: 'no' } }).markTypes).toEqual({ person: true, place: false, organization: true, event: true });
    expect(toSettings({ markTypes: 'all' }).markTypes).toEqual(DEFAULT_SETTINGS.markTypes);
  });

  it('keep a known style, and the default for anything else', () => {
    expect(toSettings({ markStyle: 'underline' }).markStyle).toBe('underline');
    expect(toSettings({ markStyle: 'glow' }).markStyle).toBe('tint-underline');
  });

  it('name each style’s highlights, the default keeping the plain names', () => {
    expect(highlightName('person', 'tint-underline')).toBe('backstory-person');
    expect(highlightName('place', 'tint')).toBe('backstory-place-tint');
    expect(highlightName('event', 'underline')).toBe('backstory-event');
  });
});
