/** Step two of the build: a merged KB state → the KB (entities clustered and named, related entities, events). */

import { aliasKey } from '../nlp/alias-key';
import { runSteps, type Steps } from '../steps';
import { namingAliases } from './alias-prune';
import { withoutBareWordDocuments } from './bare-word-aliases';
import { uniqueRoles } from './entity-state';
import { buildEvents } from './event-build';
import { genericAliasesLeftOut } from './generic-aliases';
import { createKbIndex } from './kb-index';
import type { KbState } from './kb-state';
import { finalizeEntitySteps } from './merge-entities';
import { othersAcronymsLeftOut } from './others-acronyms';
import { othersNamesLeftOut } from './others-names';
import { withoutPrunedDocuments } from './pruned-coverage';
import { successionRoles } from './role-succession';
import { KB_VERSION, type Kb } from './schema';
import { surnamesLeftToOthers } from './shared-surnames';

export function finalizeKb(state: KbState): Kb {
  return runSteps(finalizeKbSteps(state));
}

/** `finalizeKb` in steps (lib/steps.ts): the service worker answers pages between them while it builds the user's KB. */
export function* finalizeKbSteps(state: KbState): Steps<Kb> {
  if (!state.documents.length) throw new Error('The corpus is empty: give at least one article (.txt, .html or .jsonl).');
  const dates = state.documents.flatMap((d) => (d.date ? [d.date] : [])).sort();
  const dated = new Map(state.documents.map((d) => [d.file, d.date]));
  const dateOf = (doc: string) => dated.get(doc) ?? null;
  const entities = yield* finalizeEntitySteps(state.entities, dateOf, state.documents.length);
  // Offices that passed to someone else end for their holder (role-succession.ts).
  const ended = successionRoles(entities, dateOf);
  // A surname shared by a better-known holder of the same documents is that holder's on pages (shared-surnames.ts).
  const leftToOthers = surnamesLeftToOthers(entities, dateOf);
  // A body's name less its country is every country's body on pages, unless the corpus means one (generic-aliases.ts).
  const everyCountrys = genericAliasesLeftOut(entities);
  // An acronym a body's names do not spell is another body's when that one claims it (others-acronyms.ts).
  const othersAcronyms = othersAcronymsLeftOut(entities);
  // A person's or a body's alias that is a far better documented place's or body's own name is that one's (others-names.ts).
  const othersNames = othersNamesLeftOut(entities);
  yield;
  const kb: Kb = {
    version: KB_VERSION,
    date: dates.at(-1) ?? null,
    documents: state.documents,
    entities: entities.map((e) => {
      const more = ended.get(e.id);
      const lost = [leftToOthers.get(e.id), everyCountrys.get(e.id), othersAcronyms.get(e.id), othersNames.get(e.id)].flatMap((keys) =>
        keys ? [...keys] : [],
      );
      const pruned = withoutBareWordDocuments(withoutPrunedDocuments(e, namingAliases(e)));
      // Its documents stay: the articles that name it by that surname or that phrase are its own.
      const named = lost.length ? { ...pruned, aliases: pruned.aliases.filter((a) => !lost.includes(aliasKey(a))) } : pruned;
      return more ? { ...named, roles: uniqueRoles([...named.roles, ...more]) } : named;
    }),
    events: [],
  };
  yield;
  // Events name their participants by entity id, so their name refs are resolved once the entities are known.
  kb.events = buildEvents(
    state.events.flatMap(([, clauses]) => clauses),
    createKbIndex(kb),
  );
  return kb;
}
