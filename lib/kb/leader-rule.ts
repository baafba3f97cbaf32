/**
 * "The Kabila government", "the Maduro regime": a name alone before a noun of rule is typed an
 * organization by the text, as "the Likud government" rightly is. Where the corpus knows a person
 * by that name as a surname ("Joseph Kabila") and the organization is never named otherwise, it is
 * that person's name alone, and goes where a surname alone goes (to its bearer, by date: short-forms.ts).
 */
import { gazetteerLookup } from '../nlp/gazetteer';
import { LEADER_NOUNS, RULE_NOUNS } from '../nlp/title-words';
import { escapeRegExp } from '../reg-exp';
import { absorbEntity, type OpenEntity } from './entity-state';
import { nameKeyOf } from './kb-state';

type Keyed = OpenEntity & { key: string };

const RULE = [...LEADER_NOUNS, ...RULE_NOUNS].join('|');

/** True when each sentence of `c` names it before a noun of rule ("the Kabila government"). */
function namedOnlyAsRule(c: Keyed): boolean {
  const names = [...c.names.keys()].map(escapeRegExp).join('|');
  const before = new RegExp(`(?:^|[^\\p{L}])(?:${names})\\s+(?:${RULE})\\b`, 'u');
  return [...c.sentences.values()].every((list) => list.every((s) => before.test(s)));
}

/** `clusters` with each such organization made its person's name alone (merged into that cluster if there is one). */
export function leaderRuleToPerson<C extends Keyed>(clusters: readonly C[]): C[] {
  const persons = new Map(clusters.filter((c) => c.type === 'person').map((c) => [nameKeyOf(c), c]));
  const surnames = new Set([...persons.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ').at(-1) as string));
  const gone = new Set<C>();
  for (const c of clusters) {
    const key = nameKeyOf(c);
    if (c.type !== 'organization' || key.includes(' ') || !surnames.has(key) || gazetteerLookup(key) || !namedOnlyAsRule(c)) continue;
    const alone = persons.get(key);
    if (alone) {
      absorbEntity(alone, c);
      gone.add(c);
    } else Object.assign(c, { type: 'person', key: `person|${key}` });
  }
  return clusters.filter((c) => !gone.has(c));
}
