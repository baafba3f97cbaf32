/**
 * "Not this entity": a reader's correction refuses one link (a name as written, an entity) on
 * a site, whatever the case or spacing, and nothing else; undo takes it back.
 */
import { describe, expect, it } from 'vitest';
import { createKbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import { applyCorrection, refusalsOf } from '../../lib/match/corrections';
import { bundledKb } from '../kb/bundled-kb';

const BAKER = 'The baker, Blinken, said the recipe came from his grandmother. Seoul was not mentioned by Blinken again.';
const NOT_BLINKEN = { surface: 'Blinken', entity: 'antony-blinken' };

const linksOf = async (text: string, corrections = [] as { surface: string; entity: string }[]) =>
  annotate(createKbIndex(await bundledKb()), text, { refusals: refusalsOf(corrections) }).mentions.map((m) => [m.text, m.entity?.id ?? null]);

describe('corrections', () => {
  it('without one, the lone surname links (the behaviour a reader corrects)', async () => {
    expect(await linksOf(BAKER)).toEqual([
      ['Blinken', 'antony-blinken'],
      ['Seoul', 'seoul'],
      ['Blinken', 'antony-blinken'],
    ]);
  });

  it('refuses that name for that entity at every mention, and leaves the other links alone', async () => {
    expect(await linksOf(BAKER, [NOT_BLINKEN])).toEqual([
      ['Blinken', null],
      ['Seoul', 'seoul'],
      ['Blinken', null],
    ]);
  });

  it('matches the name whatever its case and spacing, and only for the entity refused', () => {
    const refusals = refusalsOf([NOT_BLINKEN]);
    expect(refusals.refuses('BLINKEN', 'antony-blinken')).toBe(true);
    expect(refusals.refuses(' blinken ', 'antony-blinken')).toBe(true);
    expect(refusals.refuses('Blinken', 'park-jin')).toBe(false);
    expect(refusals.refuses('Antony Blinken', 'antony-blinken')).toBe(false);
  });

  it('keeps the full name linked when only the surname was refused', async () => {
    const text = 'Antony Blinken landed in Seoul. Blinken met reporters.';
    expect(await linksOf(text, [NOT_BLINKEN])).toEqual([
      ['Antony Blinken', 'antony-blinken'],
      ['Seoul', 'seoul'],
      ['Blinken', null],
    ]);
  });

  it('adds a correction once, and undo takes it back', () => {
    const once = applyCorrection(applyCorrection([], NOT_BLINKEN, false), { surface: 'BLINKEN', entity: 'antony-blinken' }, false);
    expect(once).toHaveLength(1);
    expect(applyCorrection(once, NOT_BLINKEN, true)).toEqual([]);
    expect(applyCorrection(once, { surface: 'Park', entity: 'park-jin' }, true)).toEqual(once);
  });
});
