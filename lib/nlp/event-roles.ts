/**
 * Who does what to whom in an event clause, as the caller's refs. A capital acting stands for its
 * country ("Pyongyang" ships to "Moscow": North Korea supplies Russia) and stays as a place.
 */

import { governor } from './event-actors';
import { countryOfCapital } from './event-countries';
import { EVENT_KINDS, type EventKind } from './event-kinds';
import type { ClauseContext, ClauseRoles, EventActor, RoleActors } from './event-types';
import type { Word } from './tokenize';

const DISTANCE_WORDS =
  /^(?:km|kilometers|kilometres|miles|metres|meters|upriver|downriver|upstream|downstream|away|far|north|south|east|west|northeast|northwest|southeast|southwest|inland|offshore)$/i;

/** Whether "from" before `a` says where something was sent or fired from, not how far from it ("upriver from", "away from", "20 km from"). */
function fromOrigin(words: readonly Word[], a: EventActor, t: number): boolean {
  let i = a.first - 1;
  while (i > t && words[i]?.text.toLowerCase() !== 'from') i--;
  const before = words[i - 1];
  return i > t && !(before && (before.tags.has('Adverb') || before.tags.has('Adjective') || before.tags.has('Value') || DISTANCE_WORDS.test(before.text)));
}

/** Roles of the names after the trigger at `t`, by the preposition that governs each: "by" acts, "in" is where, "to" is whom. */
export function rolesAfter(words: readonly Word[], actors: readonly EventActor[], t: number, right: number, kind: EventKind): RoleActors {
  const preps = EVENT_KINDS[kind].targetPreps;
  const r: RoleActors = { agents: [], targets: [], places: [], others: [] };
  for (const a of actors.filter((x) => x.first > t && x.last < right)) {
    const prep = governor(words, actors, a, t);
    // "upriver from Dujiangyan", "away from the border": a distance from a place, not a sender.
    const distance = prep === 'from' && !fromOrigin(words, a, t);
    const byWhom = prep === 'by' || (prep === 'from' && !distance);
    // "met UK Prime Minister Keir Starmer", "sent Russian forces to Crimea", "attacked by an Algerian man": a name that modifies is no party.
    if (a.modifies === 'person' || (a.modifies === 'thing' && ((EVENT_KINDS[kind].keepsObjects && !prep) || byWhom))) r.others.push(a);
    else if (prep === 'by' || (prep === 'from' && !distance && kind !== 'meet')) r.agents.push(a);
    else if (a.type === 'place' && (prep === 'in' || prep === 'at' || prep === 'near')) r.places.push(a);
    else if (prep ? preps.includes(prep) : words[t]?.tags.has('Verb')) r.targets.push(a);
    else r.others.push(a);
  }
  return r;
}

/**
 * Meetings: "The Blinken-Yoon meeting" has the first name meet the others; a meeting with a
 * person and no place named happened where the article was filed (wire stories are datelined there).
 */
export function meetingRoles(r: RoleActors, ctx: ClauseContext, visit: boolean): void {
  // "Persson, Bondevik and Vanhanen visit Thailand": those who travel together do not meet each other.
  if (!r.targets.length && r.agents.length > 1 && !visit) r.targets = r.agents.splice(1);
  if (!r.places.length && r.targets.length && r.targets.every((a) => a.type === 'person') && ctx.dateline) {
    r.places.push({ first: -1, last: -1, type: 'place', name: ctx.dateline, ref: ctx.refOf(ctx.dateline, 'place') });
  }
}

const add = (list: string[], ref: string | null) => {
  if (ref !== null && !list.includes(ref)) list.push(ref);
};

/** Role actors → the caller's refs, capitals read as their countries, no ref in two roles. */
export function toRoles(actors: RoleActors, kind: EventKind, ctx: ClauseContext, visit = false): ClauseRoles {
  const roles: ClauseRoles = { agents: [], targets: [], places: [], others: [] };
  const countryRef = (a: EventActor) => {
    const country = a.type === 'place' ? countryOfCapital(a.name) : null;
    return country ? ctx.refOf(country, 'place') : null;
  };
  for (const role of ['agents', 'targets'] as const) {
    for (const a of actors[role]) {
      const country = countryRef(a);
      add(roles[role], country ?? a.ref);
      // The target's capital is where it happened ("attack against Kyiv"); the actor's is only where it acts from.
      if (country) add(role === 'targets' ? roles.places : roles.others, a.ref);
    }
  }
  // A visit to Seoul is a visit to South Korea: the host country joins the targets, unless someone
  // is met there: then it is only where the meeting happened, not the other party. A meeting held
  // in a capital ("the Italian Parliament meets in Rome") is no talks with its country.
  const hostIsParty = kind === 'meet' && visit && !actors.targets.some((a) => a.type !== 'place');
  for (const a of actors.places) {
    add(roles.places, a.ref);
    add(hostIsParty ? roles.targets : roles.others, countryRef(a));
  }
  for (const a of actors.others) add(roles.others, a.ref);
  return distinctRoles(roles);
}

/**
 * Roles with each ref once, in one role only (agents first), nulls dropped. The KB builder runs it
 * again once its name refs become entity ids, since two names may turn out to be one entity.
 */
export function distinctRoles(roles: { [R in keyof ClauseRoles]: readonly (string | null)[] }): ClauseRoles {
  const unique = (list: readonly (string | null)[]) => {
    const out: string[] = [];
    for (const ref of list) add(out, ref);
    return out;
  };
  const agents = unique(roles.agents);
  const targets = unique(roles.targets).filter((r) => !agents.includes(r));
  const places = unique(roles.places).filter((r) => !agents.includes(r));
  const others = unique(roles.others).filter((r) => ![...agents, ...targets, ...places].includes(r));
  return { agents, targets, places, others };
}
