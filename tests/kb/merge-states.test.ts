import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpusPaths } from '../../lib/corpus/read-paths';
import { readText } from '../../lib/corpus/read-text';
import { buildKb, serializeKb } from '../../lib/kb/build';
import { extractArticle } from '../../lib/kb/extract';
import { finalizeKb } from '../../lib/kb/finalize';
import { emptyState, type KbState, parseKbState } from '../../lib/kb/kb-state';
import { mergeStates } from '../../lib/kb/merge-states';
import { fuzzParams } from '../fuzz/fuzz-params';
import { BUNDLED_CORPUS } from './bundled-kb';

/** Short original articles that share people, a surname alone, an organization's short form and an event with the bundled corpus. */
const BRIEFS = [
  [
    'brief-harbour.txt',
    'Oslo, 3 March 2024 (NNA): Prime Minister Jane Holloway met the Northern Fisheries Council (NFC) in Oslo.\nHolloway said the talks with Antony Blinken went well, and the US State Department agreed.\n',
  ],
  [
    'brief-shells.txt',
    'Kyiv, 4 March 2024 (NNA): North Korea has been supplying artillery shells to Russia, officials said.\nThe State Department condemned the transfers, and Blinken met Jane Holloway in Kyiv.\n',
  ],
  ['brief-tides.txt', 'Bergen, 5 March 2024: Holloway visited Bergen, where the NFC counted the spring catch.\n'],
] as const;

let states: KbState[];
let expected: string;

beforeAll(async () => {
  const { articles } = await readCorpusPaths([BUNDLED_CORPUS]);
  const all = [...articles, ...BRIEFS.map(([file, text]) => readText(file, text))];
  // Through JSON, as the states travel between `backstory extract` and `backstory merge`.
  states = all.map((a) => JSON.parse(JSON.stringify(extractArticle(a))) as KbState);
  expected = serializeKb(buildKb(all));
}, 60_000);

/** Merges `list` in the grouping `cuts` describes: consecutive groups, each folded left, then the groups folded right. */
function mergeGrouped(list: readonly KbState[], cuts: readonly number[]): KbState {
  const groups: KbState[][] = [];
  let at = 0;
  for (const cut of [...cuts, list.length]) {
    const end = Math.min(list.length, Math.max(at, cut));
    if (end > at) groups.push(list.slice(at, end));
    at = end;
  }
  const merged = groups.map((g) => g.reduce((a, b) => mergeStates(a, b)));
  return merged.reduceRight((a, b) => mergeStates(b, a));
}

describe('mergeStates', () => {
  it('gives the KB buildKb gives, byte for byte, in any order and grouping of the articles', () => {
    const indexes = fc.shuffledSubarray([...states.keys()], { minLength: states.length });
    const cuts = fc.array(fc.nat(states.length), { maxLength: 4 }).map((c) => [...c].sort((a, b) => a - b));
    fc.assert(
      fc.property(indexes, cuts, (order, grouping) => {
        const kb = finalizeKb(
          mergeGrouped(
            order.map((i) => states[i] as KbState),
            grouping,
          ),
        );
        expect(serializeKb(kb)).toBe(expected);
      }),
      fuzzParams(40),
    );
  });

  it('is associative and commutative on the states themselves, and has the empty state as identity', () => {
    const [a, b, c] = states as [KbState, KbState, KbState];
    const bytes = (s: KbState) => JSON.stringify(s);
    expect(bytes(mergeStates(a, mergeStates(b, c)))).toBe(bytes(mergeStates(mergeStates(a, b), c)));
    expect(bytes(mergeStates(a, b))).toBe(bytes(mergeStates(b, a)));
    expect(bytes(mergeStates(emptyState(), a))).toBe(bytes(a));
  });

  it('refuses to merge an article twice, naming it', () => {
    const a = states[0] as KbState;
    expect(() => mergeStates(a, a)).toThrow(new RegExp(`article "${a.documents[0]?.file}" is in two of the states`));
  });
});

describe('parseKbState', () => {
  it('names the file and line of a line that is not a state', () => {
    expect(() => parseKbState({ version: 99 }, 'states.jsonl:4')).toThrow(/^states\.jsonl:4: KB state version 99/);
    expect(() => parseKbState([], 'states.jsonl:5')).toThrow(/^states\.jsonl:5: not a KB state/);
    expect(parseKbState(JSON.parse(JSON.stringify(states[0])), 'x')).toEqual(states[0]);
  });
});
