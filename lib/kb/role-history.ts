/**
 * An entity's roles as facts with time: each canonical role (role-canonical.ts) once, with the
 * documents that give it, the first and last of their dates, and its newest sentence. From them,
 * the role held as of a date: a 2017 page about Emmerson Mnangagwa leads with the vice-presidency
 * the corpus gives him then, not the presidency it gives him from a week later.
 */
import { dayNumber } from '../corpus/parse-date';
import { oneSpelling } from '../nlp/institutions';
import { type CanonicalRole, canonicalRole } from '../nlp/role-canonical';
import { DIED_BEFORE, HEAD_OFFICES, LIFETIME_TITLES, LONG_TERM_TITLES, SOLE_OFFICES, VAGUE_TITLES } from '../nlp/role-time-words';
import { ROLE_HEADS, ROLE_MODIFIERS, TITLE_CONNECTORS } from '../nlp/title-words';
import { byCode } from './kb-state';
import type { KbRole } from './schema';

export interface RoleFact {
  /** The canonical role: "President of Zimbabwe". */
  text: string;
  /** Documents that give it. */
  docs: number;
  /** YYYY-MM-DD of the earliest and latest dated document that gives it; null when none is dated. */
  first: string | null;
  last: string | null;
  /** Dates of the documents that give it, oldest first (undated ones left out). */
  dates: string[];
  /** Its newest occurrence (dated before undated), whose sentence a reader can open. */
  example: KbRole;
  /** Every occurrence with its document's date, newest first (undated last). */
  occurrences: { role: KbRole; date: string | null }[];
}

/** How far from a date a role's documents still count as telling what the entity was then. */
const NEAR_DAYS = 365;

interface Group {
  role: CanonicalRole;
  occurrences: { role: KbRole; date: string | null }[];
}

const byDateThenDoc = (a: { role: KbRole; date: string | null }, b: { role: KbRole; date: string | null }) =>
  byCode(b.date ?? '', a.date ?? '') || byCode(a.role.doc, b.role.doc);

/** A canonical role as grouped: "Defence Minister of Israel" and "Defense Minister of Israel" are one. */
const keyOf = (text: string) => text.toLowerCase().split(' ').map(oneSpelling).join(' ');

/** How many times as often as a host the title may be given bare (in any of its forms) and still join it. */
const MAX_HOST_RATIO = 4;

/** A title as compared: "Secretary-General" and "Secretary General" are one, and "Defence Minister" and "Defense Minister". */
const sameTitle = (title: string) => keyOf(title.replace(/-/g, ' '));

/**
 * Roles without a country join the entity's role with the same title and one ("President" →
 * "President of Zimbabwe"): the corpus means that one. A qualified one takes that country into its
 * own qualifier ("Former Prime Minister" of someone the corpus calls "Prime Minister of Pakistan"
 * is "Former Prime Minister of Pakistan").
 */
function joinCountryless(groups: Map<string, Group>): Group[] {
  const all = [...groups.values()];
  const mostGiven = (hosts: Group[]) => hosts.sort((a, b) => b.occurrences.length - a.occurrences.length || a.role.text.localeCompare(b.role.text))[0];
  const kept: Group[] = [];
  for (const group of all) {
    const title = sameTitle(group.role.title);
    // A host given far less than the bare title is no sign the corpus means it ("Budapest Pope" once, "Pope" 240 times).
    const same = group.role.place === null ? all.filter((o) => sameTitle(o.role.title) === title) : [];
    const bare = Math.max(0, ...same.filter((o) => o.role.place === null).map((o) => o.occurrences.length));
    const titled = same.filter((o) => o.role.place !== null && o.occurrences.length * MAX_HOST_RATIO >= bare);
    const host = mostGiven(titled.filter((o) => o.role.qualifier === group.role.qualifier));
    const place = mostGiven(titled)?.role.place;
    const role = !host && place ? canonicalRole(`${group.role.text} of ${place}`) : null;
    const target = host ?? (role ? groups.get(keyOf(role.text)) : undefined);
    if (target) target.occurrences.push(...group.occurrences);
    else if (role) {
      const joined = { role, occurrences: group.occurrences };
      groups.set(keyOf(role.text), joined);
      kept.push(joined);
    } else kept.push(group);
  }
  return kept;
}

/**
 * The entity's roles, one fact per canonical role, newest last date first (then most documents).
 * `dateOf` gives a document's date. Text that is no role is left out.
 */
export function roleFacts(roles: readonly KbRole[], dateOf: (doc: string) => string | null): RoleFact[] {
  const groups = new Map<string, Group>();
  for (const role of roles) {
    const canonical = canonicalRole(role.text);
    if (!canonical) continue;
    const key = keyOf(canonical.text);
    const group = groups.get(key) ?? { role: canonical, occurrences: [] };
    group.occurrences.push({ role, date: dateOf(role.doc) });
    groups.set(key, group);
  }
  return joinCountryless(groups)
    .map(({ role, occurrences }) => {
      occurrences.sort(byDateThenDoc);
      const dates = [...new Set(occurrences.flatMap((o) => (o.date ? [o.date] : [])))].sort();
      const example = occurrences[0]?.role as KbRole;
      return {
        text: role.text,
        docs: new Set(occurrences.map((o) => o.role.doc)).size,
        first: dates[0] ?? null,
        last: dates.at(-1) ?? null,
        dates,
        example,
        occurrences,
      };
    })
    .sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || b.docs - a.docs || a.text.localeCompare(b.text));
}

/** Documents of `fact` dated within NEAR_DAYS of `date`. */
function nearCount(fact: RoleFact, date: string): number {
  const day = dayNumber(date);
  return fact.dates.filter((d) => Math.abs(dayNumber(d) - day) <= NEAR_DAYS).length;
}

/** True when the corpus first gives the role after `date`: on a page of that date it is still to come. */
export const isLater = (fact: RoleFact, date: string) => fact.first !== null && fact.first > date;

/** The roles the corpus shows the entity holding on `date`: those whose documents span it. */
export function rolesOn(facts: readonly RoleFact[], date: string): RoleFact[] {
  return facts.filter((f) => f.first !== null && f.last !== null && f.first <= date && date <= f.last);
}

/** The latest date of `fact` on or before `date`, or null. */
const lastBy = (fact: RoleFact, date: string) => fact.dates.findLast((d) => d <= date) ?? null;

/**
 * True when the corpus says `fact` had ended by `date`: its "Former" form is given after its last
 * occurrence by then (role-succession.ts gives it when a successor takes the office). Mentions
 * before that still giving the old title count for nothing: news writes "President X" of the past
 * ("a former aide of President X") long after it first wrote "former President X".
 */
function endedBy(facts: readonly RoleFact[], fact: RoleFact, date: string): boolean {
  const former = facts.find((g) => g.text === `Former ${fact.text}`);
  const formerLast = former ? lastBy(former, date) : null;
  const heldLast = lastBy(fact, date);
  return formerLast !== null && heldLast !== null && formerLast > heldLast;
}

/**
 * True when `fact` names no country and no body or place, only title words ("President",
 * "Former Prime Minister", "Party Leader", "Minister of Foreign Affairs"; not "Pope", the one of
 * its kind, nor "Mayor of London"), or is a title that says nothing with its country ("Official of
 * China"): it says little and is often wrong (the president of a party's youth league), so it
 * neither leads nor is listed, unless as the office of its title that it stands for (withItsPlace).
 */
function lacksItsCountry(fact: RoleFact): boolean {
  const role = canonicalRole(fact.text);
  // "Official of China" names its country but no office: as vague as a bare title.
  if (role !== null && role.country !== null && VAGUE_TITLES.has(role.title)) return true;
  if (role === null || role.place !== null || SOLE_OFFICES.has(role.title)) return false;
  return role.title.split(/[\s-]+/).every((w) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || TITLE_CONNECTORS.has(w) || w === 'the' || w === 'and');
}

/**
 * How long after its last document a role still leads as held: four years, a term of most offices;
 * six for a legislator's, judge's or bishop's, held long or renewed. Read on the world KB (Dec 2026):
 * of held leads last given 4–6 years before, 22 of 28 were over; of those given 3–4 years before,
 * about half were still held; US senators and representatives were most often still in office.
 */
const STALE_DAYS = 4 * 365;
const LONG_TERM_STALE_DAYS = 6 * 365;

const staleDays = (role: CanonicalRole) => (LONG_TERM_TITLES.has(role.title.split(/[\s-]+/).at(-1) ?? '') ? LONG_TERM_STALE_DAYS : STALE_DAYS);

/** LIFETIME_TITLES as whole words to look for in a title padded with spaces. */
const PADDED_LIFETIME_TITLES = [...LIFETIME_TITLES].map((t) => ` ${t} `);

/** True when `title` has a title held for life among its words ("King of Jordan", "Field Marshal of Valdoria"). */
function heldForLife(title: string): boolean {
  const words = ` ${title.split(/[\s-]+/).join(' ')} `;
  return PADDED_LIFETIME_TITLES.some((t) => words.includes(t));
}

/** True when `fact` leads as no longer held on `date`: written as former, or stale (asHeldOn). */
const isOver = (fact: RoleFact, date: string) => asHeldOn(fact, date).text.startsWith('Former ');

/**
 * Qualifiers of a role held for a while only: an acting holder is replaced or confirmed, a
 * candidate elected or not, within months. Read on the world KB (Dec 2026): of 19 such leads last
 * given over a year before, none was still held.
 */
const PASSING_QUALIFIERS: ReadonlySet<string | null> = new Set(['acting', 'candidate']);

/**
 * `fact` as a lead on a page of `date`: "Former …" when it is `over` (bestKnown) or the corpus
 * last gives it more than STALE_DAYS before (Angel Acebes, "Interior Minister of Spain" in 2004,
 * is no minister in 2026), or NEAR_DAYS for a passing one ("Former Acting Attorney General …"),
 * unless it is qualified already or a title held for life ("King", "Founder").
 */
function asHeldOn(fact: RoleFact, date: string, over = false): RoleFact {
  const role = canonicalRole(fact.text);
  const passing = role !== null && PASSING_QUALIFIERS.has(role.qualifier);
  const days = role === null ? 0 : passing ? NEAR_DAYS : staleDays(role);
  const stale = role !== null && fact.last !== null && dayNumber(date) - dayNumber(fact.last) > days;
  if (!over && !stale) return fact;
  if (!role || (role.qualifier !== null && !passing) || heldForLife(role.title)) return fact;
  return { ...fact, text: `Former ${fact.text}` };
}

/**
 * The role to lead with on a page of `date`: among roles not first given after it nor ended by
 * it (nor offices of a country that name none), the one most documented near it; else the one
 * last given before it, as former when that was long before (asHeldOn); else (an undated corpus)
 * the best documented. Null when there is none.
 */
export function roleAsOf(facts: readonly RoleFact[], date: string): RoleFact | null {
  const lead = leadFact(facts, date);
  return lead && afterDeath(facts, date, diedAs(asHeldOn(shown(lead), date, lead.over), date));
}

/**
 * The lead once the corpus has said its holder died: the role it says was held at death ("Late
 * X"), not a title news keeps writing of the dead ("opposition leader X, who died in prison").
 */
function afterDeath(facts: readonly RoleFact[], date: string, lead: RoleFact): RoleFact {
  if (lead.text.startsWith('Late ')) return lead;
  // Not a title that names nothing, nor a slip (formerSlip): "the late President" may be another's.
  const said = facts.filter((f) => f.first !== null && f.first <= date && !lacksItsCountry(f) && !formerSlip(facts, f));
  const died = said.map((f) => diedAs(f, date)).filter((f) => f.text.startsWith('Late '));
  return died.sort((a, b) => b.docs - a.docs || a.text.localeCompare(b.text))[0] ?? lead;
}

/**
 * "Former X" as "Late X" when its newest sentence, or half of them, say its holder died ("the late
 * Pope", "slain President"): "Former Pope" of a pope who died read to readers as one who left. Not
 * one sentence among many: "the late President" of a living one was another's (a quotation, a
 * namesake). Only sentences of `date` or before count: a page of 2018 does not know of a death in 2023.
 */
function diedAs(fact: RoleFact, date: string): RoleFact {
  const says = (role: KbRole) =>
    role.text
      .toLowerCase()
      .split(/\s+/)
      .some((w) => DIED_BEFORE.has(w));
  const known = fact.occurrences.filter((o) => o.date === null || o.date <= date);
  const died = known.filter((o) => says(o.role)).length;
  const newest = known[0];
  const late = (newest !== undefined && says(newest.role)) || (died > 0 && died * 2 >= known.length);
  return late && fact.text.startsWith('Former ') ? { ...fact, text: `Late ${fact.text.slice('Former '.length)}` } : fact;
}

/** The fact a lead shows, and whether it shows it as no longer held; `text` when it shows it as another role of the same title (withItsPlace). */
interface Lead {
  fact: RoleFact;
  over: boolean;
  text?: string;
}

const shown = (lead: Lead): RoleFact => (lead.text ? { ...lead.fact, text: lead.text } : lead.fact);

/** A fact's title as compared ("secretary general"), without its place and qualifier. */
const titleOf = (fact: RoleFact) => sameTitle(canonicalRole(fact.text)?.title ?? '');
const qualifierOf = (fact: RoleFact) => canonicalRole(fact.text)?.qualifier ?? null;

/** Documents a role that names no body needs to lead in place of an older office: one could be anyone's title. */
const MIN_BARE_DOCS = 2;

function leadFact(facts: readonly RoleFact[], date: string): Lead | null {
  const held = facts.filter((f) => !isLater(f, date) && !endedBy(facts, f, date));
  const lead = fullLead(
    held.filter((f) => !lacksItsCountry(f)),
    date,
  );
  const quiet = lead && !isOver(lead, date) ? quietLead(facts, held, date, lead) : null;
  if (quiet) return quiet;
  if (!lead?.last || !isOver(lead, date)) return lead && { fact: lead, over: false };
  // A lead no longer held gives way to a role of title words only, given again and last given
  // after it, as the office of that title the corpus gives a place (withItsPlace): the office held
  // now, not the one held before. Without a place it says too little ("Former President" of what?):
  // of 17 such leads on the world KB, 12 read better as the best known office.
  const last = lead.last;
  // Not the lead's own title as over without its place ("Former President" after "Former President of X"): no
  // new office. Given as held, it may be the office again ("Prime Minister" after "Prime Minister of X" ended).
  const own = titleOf(lead);
  const isOwn = (f: RoleFact) => qualifierOf(f) === 'former' && (own === titleOf(f) || own.startsWith(`${titleOf(f)} of `));
  const newer = held.filter((f) => lacksItsCountry(f) && f.docs >= MIN_BARE_DOCS && f.last !== null && f.last > last && !isOwn(f));
  const bare = newer.sort((a, b) => b.docs - a.docs || a.text.localeCompare(b.text))[0];
  const text = bare && withItsPlace(facts, bare);
  if (!bare || text === bare.text) return bestKnown(facts, date, lead) ?? { fact: lead, over: false };
  return { fact: bare, over: false, text };
}

/**
 * A title given bare as the place-named role of the same title the corpus gives the entity too
 * ("Prime Minister" of someone it once calls "Prime Minister of Valdoria"), as held: given too
 * often to join that role (joinCountryless), it is still that office, and the bare title says less.
 */
function withItsPlace(facts: readonly RoleFact[], bare: RoleFact): string {
  const placed = facts.find((f) => canonicalRole(f.text)?.place && titleOf(f) === titleOf(bare));
  return placed ? placed.text.replace(/^Former /, '') : bare.text;
}

/** How much more a head of state's or government's office weighs than another role in telling who someone is. */
const HEAD_OFFICE_WEIGHT = 3;
/** Documents giving a head's office as held before it weighs more: one could be a misreading ("President" of a party). */
const MIN_HEAD_DOCS = 2;

/** An office's facts: as held ("Prime Minister of X") and as former ("Former Prime Minister of X"). */
interface Office {
  held?: RoleFact;
  former?: RoleFact;
}

/**
 * When no role is held any more, the one the entity is best known for, as former: the office
 * given in the most documents (as held or as former), an office heading a country weighing more.
 * A prime minister who last led the opposition is a former prime minister, not a former
 * opposition leader.
 */
function bestKnown(facts: readonly RoleFact[], date: string, lead: RoleFact): Lead | null {
  const offices = new Map<string, Office>();
  for (const f of facts) {
    const role = canonicalRole(f.text);
    if (!role || isLater(f, date) || lacksItsCountry(f) || (role.qualifier !== null && role.qualifier !== 'former')) continue;
    const held = role.qualifier === null ? f.text : f.text.replace(/^Former /, '');
    const office = offices.get(held) ?? {};
    office[role.qualifier === null ? 'held' : 'former'] = f;
    offices.set(held, office);
  }
  const weight = (text: string, { held, former }: Office) => {
    const docs = (held?.docs ?? 0) + (former?.docs ?? 0);
    const role = canonicalRole(text);
    const head = role !== null && role.place !== null && HEAD_OFFICES.has(role.title) && (held?.docs ?? 0) >= MIN_HEAD_DOCS;
    return head ? docs * HEAD_OFFICE_WEIGHT : docs;
  };
  const latest = (o: Office) => [o.held?.last ?? '', o.former?.last ?? ''].sort().at(-1) ?? '';
  // On a tie the lead's own office stays.
  const isLead = (o: Office) => Number(o.held === lead || o.former === lead);
  const [best] = [...offices]
    .map(([text, o]) => ({ text, o, w: weight(text, o) }))
    .sort((a, b) => b.w - a.w || isLead(b.o) - isLead(a.o) || latest(b.o).localeCompare(latest(a.o)) || a.text.localeCompare(b.text));
  if (!best) return null;
  // Over, as the lead it replaces is (asHeldOn keeps a title held for life).
  return best.o.former ? { fact: best.o.former, over: false } : { fact: best.o.held as RoleFact, over: true };
}

/** How many times the documents of a later, lesser office the office a person is best known for needs to lead in its place. */
const BEST_KNOWN_RATIO = 5;

/**
 * When the corpus gives none of the entity's roles near `date`, the office it is best known for
 * (bestKnown) in place of `lead`, a later office given in far fewer documents, taken after the
 * best-known one was last given as held: a prime minister who later served two years as foreign
 * secretary is, years on, a former prime minister. Null when the lead stands.
 */
function quietLead(facts: readonly RoleFact[], held: readonly RoleFact[], date: string, lead: RoleFact): Lead | null {
  if (held.some((f) => nearCount(f, date) > 0)) return null;
  const known = bestKnown(facts, date, lead);
  const text = known?.fact.text.replace(/^Former /, '');
  const office = facts.filter((f) => f.text === text || f.text === `Former ${text}`);
  const heldLast = office.find((f) => f.text === text)?.last ?? null;
  const docs = office.reduce((n, f) => n + f.docs, 0);
  if (!known || office.includes(lead) || docs < BEST_KNOWN_RATIO * lead.docs) return null;
  return heldLast !== null && lead.first !== null && heldLast < lead.first ? known : null;
}

function fullLead(candidates: readonly RoleFact[], date: string): RoleFact | null {
  const near = candidates.map((f) => ({ f, n: nearCount(f, date) })).filter((c) => c.n > 0);
  if (near.length > 0)
    return near.sort((a, b) => b.n - a.n || (b.f.last ?? '').localeCompare(a.f.last ?? '') || a.f.text.localeCompare(b.f.text))[0]?.f ?? null;
  const dated = candidates.filter((f) => f.last !== null);
  if (dated.length > 0) return dated.sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || b.docs - a.docs)[0] ?? null;
  return [...candidates].sort((a, b) => b.docs - a.docs || a.text.localeCompare(b.text))[0] ?? null;
}

/**
 * How near on both sides of a lone "Former X" the corpus must give "X" for it to be a slip. A year:
 * on the world KB (Dec 2026) it drops 8 facts, of which the 6 a card shows were all held then.
 */
const SLIP_DAYS = 365;

/**
 * True when `fact` is "Former X" given by one document only, while the corpus gives "X" within
 * SLIP_DAYS before and after it: a slip of the extractor or the writer ("former President" of one
 * who held the office on both sides), no term that ended.
 */
function formerSlip(facts: readonly RoleFact[], fact: RoleFact): boolean {
  const day = fact.docs === 1 && fact.first !== null && fact.text.startsWith('Former ') ? dayNumber(fact.first) : null;
  const held = day === null ? undefined : facts.find((f) => `Former ${f.text}` === fact.text);
  if (day === null || !held) return false;
  const near = held.dates.map((d) => dayNumber(d) - day).filter((gap) => Math.abs(gap) <= SLIP_DAYS);
  return near.some((gap) => gap < 0) && near.some((gap) => gap > 0);
}

/**
 * The facts in the order a card lists them on a page of `date`: the lead's role first, then the
 * others held by then (newest first), then those still to come.
 */
export function factsForDate(facts: readonly RoleFact[], date: string): { lead: RoleFact | null; ordered: RoleFact[] } {
  const chosen = leadFact(facts, date);
  // A bare title leading as its place-named office (withItsPlace) is listed as that office.
  const held = chosen && (lacksItsCountry(chosen.fact) ? (facts.find((f) => f.text === chosen.text) ?? null) : chosen.fact);
  const lead = chosen && asHeldOn(shown(chosen), date, chosen.over);
  // The list keeps the role as the corpus dated it ("Interior Minister of Spain", 2004); only the lead says it is over.
  // A title naming no body or country ("Party Leader", "Health Minister") is left out: readers could
  // not tell whose office it is, and marked it vague on most cards that showed one.
  // Nor is the lead's own office listed again as former ("Former X of Y" under a lead "X of Y" shown by withItsPlace).
  const asLead = (f: RoleFact) => f.text === lead?.text || (chosen?.text !== undefined && f.text.replace(/^Former /, '') === chosen.text);
  const rest = facts.filter((f) => f !== held && f !== chosen?.fact && !asLead(f) && !lacksItsCountry(f) && !formerSlip(facts, f));
  const ordered = [...(held ? [held] : []), ...rest.filter((f) => !isLater(f, date)), ...rest.filter((f) => isLater(f, date))].map((f) => diedAs(f, date));
  const shownLead = lead && afterDeath(facts, date, diedAs(lead, date));
  const first = ordered.find((f) => f.text === shownLead?.text);
  return { lead: shownLead, ordered: first ? [first, ...ordered.filter((f) => f !== first)] : ordered };
}
