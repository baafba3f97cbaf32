import type { EntityState } from '../../lib/kb/kb-state';

/** An organization named in `docs` documents (d0, d1, … from `from`), with `aliases` besides its name. */
export function orgState(name: string, docs: number, from: number, aliases: string[] = []): EntityState {
  const files = Array.from({ length: docs }, (_, i) => `d${String(from + i).padStart(3, '0')}`);
  return {
    key: `organization|${name.toLowerCase().replace(/[.()]/g, '').replace(/\s+/g, ' ')}`,
    type: 'organization',
    names: [[name, docs]],
    aliases: [name, ...aliases].sort(),
    sentences: files.map((f) => [f, [`${name} issued a statement.`]]),
    roles: [],
    places: files.map((f) => `${f}@0`),
  };
}
