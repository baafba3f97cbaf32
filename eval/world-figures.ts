/**
 * Quality figures of a world-scale KB (`npm run eval:world`): what a reader meets among the
 * entities. Mentions are counted as documents (an entity named in a document is one mention).
 */
import { roleFacts } from '../lib/kb/role-history';
import type { Kb, KbEntity } from '../lib/kb/schema';
import { isCommonNoun } from '../lib/nlp/chunk';
import { gazetteerLookup } from '../lib/nlp/gazetteer';
import { nonNameKind } from '../lib/nlp/non-name';
import { LEADING_FUNCTION_WORDS } from '../lib/nlp/non-name-words';
import { canonicalRole } from '../lib/nlp/role-canonical';
import { HONORIFICS, ROLE_HEADS } from '../lib/nlp/title-words';

/** Why a name is no name a reader wants ("month", "bare title", "common word"…), or null. */
export function junkReason(name: string): string | null {
  const kind = nonNameKind(name);
  if (kind) return kind;
  // Beyond the build's own lists: one dictionary noun the gazetteer does not know ("Representatives").
  const one = !name.includes(' ') && name !== name.toUpperCase();
  return one && isCommonNoun(name) && !gazetteerLookup(name) ? 'common word' : null;
}

/** Why an entity is a fragment of another one's mentions, or null. */
export function leftoverReason(e: KbEntity): string | null {
  const first = e.name.split(/\s+/)[0] as string;
  if (LEADING_FUNCTION_WORDS.has(first)) return `leading "${first}"`;
  const bareFirst = first.toLowerCase().replace(/\.$/, '');
  if (e.type === 'person' && e.name.includes(' ') && (ROLE_HEADS.has(bareFirst) || HONORIFICS.has(bareFirst))) return `leading title "${first}"`;
  return null;
}

export interface Fragments {
  mentions: number;
  inFragments: number;
  /** The same name under another type than its most-documented one. */
  splitNames: number;
  leftovers: number;
  examples: { name: string; type: string; docs: number; why: string }[];
}

/** Mentions (entity documents) that land in fragments: names with leftovers, or the lesser types of a name. */
export function fragments(kb: Kb): Fragments {
  const byName = new Map<string, KbEntity[]>();
  for (const e of kb.entities) byName.set(e.name.toLowerCase(), [...(byName.get(e.name.toLowerCase()) ?? []), e]);
  const why = new Map<KbEntity, string>();
  const splitNames = [...byName.values()].filter((same) => same.length > 1);
  for (const same of splitNames) {
    const main = [...same].sort((a, b) => b.docs.length - a.docs.length)[0];
    for (const e of same) if (e !== main) why.set(e, `also a ${main?.type}`);
  }
  let leftovers = 0;
  for (const e of kb.entities) {
    const reason = leftoverReason(e);
    if (!reason) continue;
    leftovers++;
    if (!why.has(e)) why.set(e, reason);
  }
  const mentions = kb.entities.reduce((n, e) => n + e.docs.length, 0);
  const inFragments = [...why.keys()].reduce((n, e) => n + e.docs.length, 0);
  const examples = [...why]
    .sort((a, b) => b[0].docs.length - a[0].docs.length)
    .slice(0, 15)
    .map(([e, w]) => ({ name: e.name, type: e.type, docs: e.docs.length, why: w }));
  return { mentions, inFragments, splitNames: splitNames.length, leftovers, examples };
}

/**
 * Distinct role strings per person with any role: as written, and as the card shows them (one
 * fact per canonical role, lib/kb/role-history.ts), with the strings that are no role left out.
 */
export function rolesPerPerson(kb: Kb): { people: number; raw: number; normalized: number; rejected: number } {
  const dates = new Map(kb.documents.map((d) => [d.file, d.date]));
  const people = kb.entities.filter((e) => e.type === 'person' && e.roles.length);
  let [raw, normalized, rejected] = [0, 0, 0];
  for (const e of people) {
    const written = new Set(e.roles.map((r) => r.text));
    raw += written.size;
    normalized += roleFacts(e.roles, (doc) => dates.get(doc) ?? null).length;
    rejected += [...written].filter((t) => canonicalRole(t) === null).length;
  }
  return { people: people.length, raw, normalized, rejected };
}
