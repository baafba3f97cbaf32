/**
 * An office one person holds at a time ("President of Colombia", "Mayor of London", "Pope") ends
 * for its holder when the corpus gives it to someone else after the holder's last mention in it:
 * news keeps writing "President X" until the day it stops writing about X, and never says
 * "former". The build gives such a holder the office's "former" form, dated at the successor's
 * first document after that last mention and quoting its sentence (the evidence a reader can
 * open), so the lead line as of a later date (role-history.ts `roleAsOf`) is not the stale title.
 */
import { canonicalRole } from '../nlp/role-canonical';
import { COUNTRY_OFFICES, PLACE_OFFICES, SOLE_OFFICES } from '../nlp/role-time-words';
import { byCode } from './kb-state';
import { type RoleFact, roleFacts } from './role-history';
import type { KbEntity, KbRole } from './schema';

/** Documents after a holder's last in which another person holds the office: one alone could be a misreading. */
const MIN_SUCCESSOR_DOCS = 2;

/** True when the canonical role `text` is an office of one holder at a time, held now (no qualifier). */
export function isOneHolderOffice(text: string): boolean {
  const role = canonicalRole(text);
  if (!role || role.qualifier !== null) return false;
  const title = role.title.replace(/-/g, ' ');
  if (SOLE_OFFICES.has(title)) return true;
  const of = title.indexOf(' of ');
  const head = of < 0 ? title : title.slice(0, of);
  if (role.country !== null) return COUNTRY_OFFICES.has(title) || COUNTRY_OFFICES.has(head);
  // "Governor of Ohio", "Mayor of London": an office of the state or city it names.
  if (role.place !== null) return PLACE_OFFICES.has(title) || COUNTRY_OFFICES.has(title);
  return of >= 0 && (COUNTRY_OFFICES.has(head) || PLACE_OFFICES.has(head));
}

type Occurrence = RoleFact['occurrences'][number];

/**
 * The last word of a person's name, lowercased: two entities of one surname are no succession
 * ("Lula da Silva" and "Luiz Inácio Lula da Silva", one man the KB did not join).
 */
const surnameOf = (name: string) => name.toLowerCase().split(/\s+/).at(-1) ?? '';

/** The earliest of `occurrences` dated after `last`, when they come from enough documents. */
function firstAfter(occurrences: readonly Occurrence[], last: string): Occurrence | null {
  const after = occurrences.filter((o) => o.date !== null && o.date > last);
  if (new Set(after.map((o) => o.role.doc)).size < MIN_SUCCESSOR_DOCS) return null;
  return after.sort((a, b) => byCode(a.date ?? '', b.date ?? '') || byCode(a.role.doc, b.role.doc))[0] ?? null;
}

/**
 * The "former" roles the corpus's successions give its people, by entity id. `dateOf` gives a
 * document's date.
 */
export function successionRoles(entities: readonly KbEntity[], dateOf: (doc: string) => string | null): Map<string, KbRole[]> {
  const holders = new Map<string, { id: string; surname: string; fact: RoleFact }[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const fact of roleFacts(e.roles, dateOf)) {
      if (fact.last === null || !isOneHolderOffice(fact.text)) continue;
      const list = holders.get(fact.text) ?? [];
      list.push({ id: e.id, surname: surnameOf(e.name), fact });
      holders.set(fact.text, list);
    }
  }
  const ended = new Map<string, KbRole[]>();
  for (const [text, list] of holders) {
    const former = `former ${text}`;
    if (list.length < 2 || canonicalRole(former)?.text !== `Former ${text}`) continue;
    for (const holder of list) {
      const last = holder.fact.last as string;
      const next = list
        .flatMap((other) => (other.surname === holder.surname ? [] : [firstAfter(other.fact.occurrences, last)]))
        .filter((o): o is Occurrence => o !== null)
        .sort((a, b) => byCode(a.date ?? '', b.date ?? '') || byCode(a.role.doc, b.role.doc))[0];
      if (!next) continue;
      const roles = ended.get(holder.id) ?? [];
      roles.push({ text: former, doc: next.role.doc, sentence: next.role.sentence });
      ended.set(holder.id, roles);
    }
  }
  return ended;
}
