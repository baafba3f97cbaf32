/** Person clusters whose name names no one. */
import { describe, expect, it } from 'vitest';
import { openEntity } from '../../lib/kb/entity-state';
import { namesNoPerson } from '../../lib/kb/no-persons-name';

const person = (name: string) => ({ ...openEntity('person'), key: `person|${name}` });

describe('a person’s name that names no one', () => {
  it('is a letter alone ("Z" of a generation read after a rank)', () => {
    expect(namesNoPerson(person('z'))).toBe(true);
  });

  it('is not a name of two letters or a surname', () => {
    expect(namesNoPerson(person('varga'))).toBe(false);
    expect(namesNoPerson(person('ko'))).toBe(false);
  });
});
