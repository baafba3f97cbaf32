import { describe, expect, it } from 'vitest';
import { createKbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import { bundledKb } from '../kb/bundled-kb';
import { LINK_CASES } from './look-alike-cases';

describe('linking variants and refusing look-alikes', () => {
  it.each(LINK_CASES.map((c) => [c.why, c.mention, c] as const))('%s: %s', async (_why, _mention, c) => {
    const index = createKbIndex(await bundledKb());
    const { mentions } = annotate(index, c.text);
    const at = c.text.lastIndexOf(c.mention);
    const found = mentions.find((m) => m.start === at && m.end === at + c.mention.length);
    expect(found?.entity?.name ?? null).toBe(c.links);
    if (c.links) expect(found?.reason).not.toBe('');
  });

  it('gives every link a confidence at or above the threshold and a reason', async () => {
    const index = createKbIndex(await bundledKb());
    for (const c of LINK_CASES) {
      for (const m of annotate(index, c.text).mentions) {
        if (m.entity) expect(m.confidence).toBeGreaterThanOrEqual(0.6);
        expect(m.entity === null).toBe(m.reason === '');
      }
    }
  });
});
