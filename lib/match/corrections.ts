/**
 * A reader's corrections: "not this entity" on a card teaches the matcher that, on this site, a
 * name written this way is not that KB entity. Kept per site by the extension; here only the
 * pure part: which links a list of corrections refuses.
 */
import { aliasKey } from '../nlp/alias-key';

export interface Correction {
  /** The mention as the page wrote it ("Park", "Secretary Blinken"). */
  surface: string;
  /** The KB entity it must not link to. */
  entity: string;
}

/** The links a list of corrections refuses, looked up by `refuses(surface, entity)`. */
export interface Refusals {
  refuses(surface: string, entity: string): boolean;
}

const keyOf = (surface: string, entity: string) => `${aliasKey(surface)}\u0000${entity}`;

/** Same name and entity, whatever the case, spacing or apostrophes ("PARK" is refused with "Park"). */
export function refusalsOf(corrections: readonly Correction[]): Refusals {
  const refused = new Set(corrections.map((c) => keyOf(c.surface, c.entity)));
  return { refuses: (surface, entity) => refused.size > 0 && refused.has(keyOf(surface, entity)) };
}

/** `corrections` with `correction` added (once) or taken back. */
export function applyCorrection(corrections: readonly Correction[], correction: Correction, undo: boolean): Correction[] {
  const key = keyOf(correction.surface, correction.entity);
  const rest = corrections.filter((c) => keyOf(c.surface, c.entity) !== key);
  return undo ? rest : [...rest, correction];
}
