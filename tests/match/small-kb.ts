/** A KB of a few entities written by hand, for tests of the matcher. */
import { createKbIndex, type KbIndex } from '../../lib/kb/kb-index';
import { KB_VERSION, type KbEntity } from '../../lib/kb/schema';

/** An entity with its name among its aliases, and nothing else known of it. */
export const entity = (id: string, name: string, type: KbEntity['type'] = 'place', aliases: string[] = []): KbEntity => ({
  id,
  name,
  type,
  aliases: [name, ...aliases],
  roles: [],
  docs: [],
  coverage: [],
  related: [],
});

/** The index of a KB holding only `entities`. */
export const smallKb = (entities: KbEntity[]): KbIndex => createKbIndex({ version: KB_VERSION, date: null, documents: [], entities, events: [] });
