import type { EntityState } from '../../lib/kb/kb-state';

/** The state of a place named `name` in the documents numbered `docs` ("d001"…), one sentence each. */
export function placeState(name: string, docs: number[]): EntityState {
  const files = docs.map((n) => `d${String(n).padStart(3, '0')}`);
  return {
    key: `place|${name.toLowerCase().replace(/,/g, '')}`,
    type: 'place',
    names: [[name, docs.length]],
    aliases: [name],
    sentences: files.map((f) => [f, [`${name} said so.`]]),
    roles: [],
    places: files.map((f) => `${f}@0`),
  };
}
