/**
 * An entity's background in one line, the same wherever it shows (the hover card's lead, the
 * plain card, the cast list): the role it held as of a date, or null when the corpus gives none by
 * then. The background line used to be the first role in the KB's order, which on a twenty-year
 * corpus was often stale ("Senator" for a president).
 */
import type { KbIndex } from './kb-index';
import { type RoleFact, roleAsOf, roleFacts } from './role-history';
import type { KbEntity } from './schema';

/** The entity's role facts, from the roles whose documents the KB holds (known by their heads: no record is read). */
export function entityRoleFacts(index: KbIndex, entity: KbEntity): RoleFact[] {
  const dateOf = (file: string) => index.documentHead(file)?.date ?? null;
  return roleFacts(
    entity.roles.filter((r) => index.documentHead(r.doc)),
    dateOf,
  );
}

/** The entity's lead line as of `asOf` (YYYY-MM-DD). */
export function leadLine(index: KbIndex, entity: KbEntity, asOf: string): string | null {
  return roleAsOf(entityRoleFacts(index, entity), asOf)?.text ?? null;
}
