/**
 * An alias of a person or a body that is the own name of a far better documented place or body is
 * that one's: "Quillmoor" of "Jane Quillmoor" when the corpus knows the town of Quillmoor by many
 * documents, "Kessel" of a glued "Kessel Tom Roe", "Taliban" of "Valdorian Taliban". On a page
 * such an alias marks the other thing. A person of another person's name keeps it (a surname's
 * entity alone is a fragment, no namesake), and a place keeps its bare name (country-namesakes.ts
 * names "Quillmoor, Peru" beside Quillmoor); an acronym is another's only when its name does not
 * spell it (others-acronyms.ts). Its documents stay: the articles are its own.
 */
import { appendTo, valueFor } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { isLetterAcronym, MIN_DOCS_LEAD } from './others-acronyms';
import type { KbEntity } from './schema';

/** Entity types another entity's name may be taken back from, and by. */
const TAKERS: Readonly<Record<KbEntity['type'], readonly KbEntity['type'][]>> = {
  person: ['place', 'organization'],
  organization: ['place', 'organization'],
  place: [],
};

/** For each person or body that loses some: the keys of its aliases that are a better documented entity's own name. */
export function othersNamesLeftOut(entities: readonly KbEntity[]): Map<string, Set<string>> {
  const byName = new Map<string, KbEntity[]>();
  for (const e of entities) appendTo(byName, aliasKey(e.name), e);
  const left = new Map<string, Set<string>>();
  for (const e of entities) {
    const own = aliasKey(e.name);
    for (const a of e.aliases) {
      const key = aliasKey(a);
      if (key === own || isLetterAcronym(a)) continue;
      const taken = byName.get(key)?.some((o) => o !== e && TAKERS[e.type].includes(o.type) && o.docs.length >= MIN_DOCS_LEAD * e.docs.length);
      if (taken) valueFor(left, e.id, () => new Set<string>()).add(key);
    }
  }
  return left;
}
