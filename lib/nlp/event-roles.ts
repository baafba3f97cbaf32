/**
 * Who does what to whom in an event clause, as the caller's refs. A capital acting stands for its
 * country ("Pyongyang" ships to "Moscow": North Korea supplies Russia) and stays as a place.
 */

import { countryOfCapital } from './event-countries';
import type { EventKind } from './event-kinds';
import type { ClauseContext, ClauseRoles, EventActor, RoleActors } from './event-types';

const add = (list: string[], ref: string | null) => {
  if (ref !== null && !list.includes(ref)) list.push(ref);
};

export function toRoles(actors: RoleActors, kind: EventKind, ctx: ClauseContext): ClauseRoles {
  const roles: ClauseRoles = { agents: [], targets: [], places: [], others: [] };
  const countryRef = (a: EventActor) => {
    const country = a.type === 'place' ? countryOfCapital(a.name) : null;
    return country ? ctx.refOf(country, 'place') : null;
  };
  for (const role of ['agents', 'targets'] as const) {
    for (const a of actors[role]) {
      const country = countryRef(a);
      add(roles[role], country ?? a.ref);
      if (country) add(roles.places, a.ref);
    }
  }
  for (const a of actors.places) {
    add(roles.places, a.ref);
    // A visit to Seoul is a visit to South Korea: the host country joins the targets.
    add(kind === 'meet' ? roles.targets : roles.others, countryRef(a));
  }
  for (const a of actors.others) add(roles.others, a.ref);
  roles.targets = roles.targets.filter((r) => !roles.agents.includes(r));
  roles.places = roles.places.filter((r) => !roles.agents.includes(r));
  roles.others = roles.others.filter((r) => ![...roles.agents, ...roles.targets, ...roles.places].includes(r));
  return roles;
}
