import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKbIndex, type KbIndex } from '../../lib/kb/kb-index';
import { annotate } from '../../lib/match/annotate';
import type { Annotation } from '../../lib/match/types';
import { bundledKb } from '../kb/bundled-kb';
import { fuzzParams, INPUT_HANG_GUARD_MS, timed } from './fuzz-params';
import { pageText, rangesWithin } from './page-text';

let index: KbIndex;
let text: fc.Arbitrary<string>;

beforeAll(async () => {
  index = createKbIndex(await bundledKb());
  text = pageText(index.kb);
});

/** The promises of an annotation of `text`: spans inside it that say what they cover, in order, not overlapping, linked to real entities. */
function expectWellFormed(annotation: Annotation, text: string): void {
  let previousEnd = 0;
  for (const m of annotation.mentions) {
    expect(0 <= m.start && m.start < m.end && m.end <= text.length, `${m.start}-${m.end} in ${text.length}`).toBe(true);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start, `"${m.text}" overlaps the mention before`).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = m.end;
    expect(['person', 'place', 'organization']).toContain(m.type);
    if (m.entity) expect(index.entity(m.entity.id)?.name).toBe(m.entity.name);
  }
  for (const e of annotation.events) {
    expect(0 <= e.start && e.start < e.end && e.end <= text.length).toBe(true);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(index.event(e.id)).toBeDefined();
  }
}

describe('annotate on any text', () => {
  it('reports well-formed mentions and events, in bounded time', () => {
    fc.assert(
      fc.property(text, (t) => {
        let annotation: Annotation = { mentions: [], events: [] };
        expect(timed(() => (annotation = annotate(index, t)))).toBeLessThan(INPUT_HANG_GUARD_MS);
        expectWellFormed(annotation, t);
      }),
      fuzzParams(80),
    );
  });

  it('gives the same answer every time, whatever it annotated in between', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const first = annotate(index, a);
        annotate(index, b);
        expect(annotate(index, a)).toEqual(first);
      }),
      fuzzParams(30),
    );
  });

  it('finds mentions only inside the ranges it is given', () => {
    const withRanges = text.chain((t) => fc.tuple(fc.constant(t), rangesWithin(t.length)));
    fc.assert(
      fc.property(withRanges, ([t, ranges]) => {
        const annotation = annotate(index, t, { ranges });
        expectWellFormed(annotation, t);
        for (const m of annotation.mentions)
          expect(
            ranges.some((r) => r.start <= m.start && m.end <= r.end),
            `"${m.text}" at ${m.start}`,
          ).toBe(true);
      }),
      fuzzParams(60),
    );
  });
});
