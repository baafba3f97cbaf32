import { describe, expect, it } from 'vitest';
import { appendTo, valueFor } from './multimap';

describe('multimap helpers', () => {
  it('appends to a list per key, starting it when there is none', () => {
    const map = new Map<string, number[]>();
    appendTo(map, 'a', 1);
    appendTo(map, 'a', 2);
    appendTo(map, 'b', 3);
    expect([...map]).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
    ]);
  });

  it('makes a value once per key and keeps it, an undefined one too', () => {
    const map = new Map<string, number | undefined>();
    let made = 0;
    const make = (v: number | undefined) => () => {
      made++;
      return v;
    };
    expect(valueFor(map, 'a', make(1))).toBe(1);
    expect(valueFor(map, 'a', make(2))).toBe(1);
    expect(valueFor(map, 'b', make(undefined))).toBeUndefined();
    expect(valueFor(map, 'b', make(3))).toBeUndefined();
    expect(made).toBe(2);
  });
});
