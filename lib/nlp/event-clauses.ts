/**
 * Event clauses in one sentence: a trigger word ("supplying", "talks", "attack"), who acts (the
 * subject, "by X", "from X", "X's"), on whom ("to Russia", "with Yoon", "against Kyiv"), where,
 * when and what. The KB builder and the matcher both read clauses here; refs are the caller's.
 */
import { eventActors, governor } from './event-actors';
import { eventDate } from './event-date';
import { DIRECTED_KINDS, type EventKind, kindOf, targetPrepositions, VISIT_WORDS } from './event-kinds';
import { toRoles } from './event-roles';
import { subjectOf } from './event-subject';
import type { ClauseContext, ClauseRoles, EventActor, EventClause, NamedSpan, RoleActors } from './event-types';
import { claimSpan, leftEdge, rightEdge } from './event-zones';
import type { Sentence, Word } from './tokenize';

/** Modifiers that say an event did not happen ("simulated attacks", "potential attacks"). */
const HEDGES = new Set(['simulated', 'potential', 'possible', 'mock', 'hypothetical', 'future']);
const TROOPS = new Set(['troops', 'troop', 'soldiers', 'forces', 'personnel', 'fighters']);
const NOT_OBJECT = new Set(['military', 'other', 'more', 'further']);

function triggers(words: readonly Word[], from: number, to: number): { t: number; kind: EventKind }[] {
  const found: { t: number; kind: EventKind }[] = [];
  for (let t = from; t < to; t++) {
    const kind = kindOf(words[t] as Word, words[t - 1]);
    const hedged = [words[t - 1], words[t - 2]].some((w) => HEDGES.has(w?.text.toLowerCase() ?? ''));
    const negated = /^(not|never|n't)$/i.test(words[t - 1]?.text ?? '');
    if (kind && !hedged && !negated) found.push({ t, kind });
  }
  return found;
}

/** Head nouns right after the trigger, before any name or preposition: "shells", "munitions" in "artillery shells and other munitions". */
function objectNouns(words: readonly Word[], t: number, right: number, actors: readonly EventActor[]): string[] {
  const nouns: string[] = [];
  for (let i = t + 1; i < right; i++) {
    const w = words[i] as Word;
    if (actors.some((a) => a.first <= i && i <= a.last) || w.tags.has('Preposition')) break;
    const head = !words[i + 1]?.tags.has('Noun') || i + 1 === right;
    if (head && w.tags.has('Noun') && !w.tags.has('ProperNoun') && !NOT_OBJECT.has(w.text.toLowerCase())) nouns.push(w.text.toLowerCase());
  }
  return nouns;
}

/** Enough to be an event: someone acting on someone or somewhere (aid needs only where it goes). */
function isComplete(kind: EventKind, r: ClauseRoles): boolean {
  if (kind === 'aid') return r.targets.length + r.places.length > 0;
  if (!r.agents.length) return false;
  if (kind === 'deploy') return true;
  return r.targets.length > 0 || ((kind === 'attack' || kind === 'meet') && r.places.length > 0);
}

/** Every event clause of `sentence` in `text`, given the names found in it. */
export function eventClauses(sentence: Sentence, names: readonly NamedSpan[], ctx: ClauseContext): EventClause[] {
  const { words } = sentence;
  const { from, to } = claimSpan(words);
  const found = triggers(words, from, to);
  if (!found.length) return [];
  const actors = eventActors(words, names, ctx);
  const isActorEnd = (i: number) => actors.some((a) => a.last === i);
  const clauses: EventClause[] = [];
  let previousAgents: EventActor[] = [];
  found.forEach(({ t, kind: triggered }, k) => {
    const next = found[k + 1]?.t ?? to;
    const left = leftEdge(words, Math.max(from, (found[k - 1]?.t ?? -1) + 1), t);
    const objects = objectNouns(words, t, rightEdge(words, t, next, triggered, isActorEnd), actors);
    // "sent troops to", "soldiers have been sent": a deployment told with a supply verb.
    const troops = [...objects, ...words.slice(left, t).map((w) => w.text.toLowerCase())].some((o) => TROOPS.has(o));
    const kind: EventKind = triggered === 'supply' && troops ? 'deploy' : triggered;
    const right = rightEdge(words, t, next, kind, isActorEnd);
    const preps = targetPrepositions(kind);
    const r: RoleActors = { agents: [], targets: [], places: [], others: [] };
    for (const a of actors.filter((x) => x.first > t && x.last < right)) {
      const prep = governor(words, actors, a, t);
      if (prep === 'by' || (prep === 'from' && kind !== 'meet')) r.agents.push(a);
      else if (a.type === 'place' && (prep === 'in' || prep === 'at' || prep === 'near')) r.places.push(a);
      else if (prep ? preps.includes(prep) : words[t]?.tags.has('Verb')) r.targets.push(a);
      else r.others.push(a);
    }
    const subject = subjectOf(words, actors, { from, left, t, right });
    // "provocations condemned by Secretary Blinken": with "by" after a verb, the subject is acted on.
    if (r.agents.length && !r.targets.length && words[t]?.tags.has('Verb')) r.targets.push(...subject.filter((a) => !r.agents.includes(a)));
    // Aid has no actor of its own: the names before it are the war it relieves ("the Israel-Hamas war").
    if (kind === 'aid') r.others.push(...subject);
    else if (!r.agents.length) r.agents.push(...subject);
    // "Blinken held talks and met Yoon": the second verb shares the first one's subject.
    if (!r.agents.length && kind !== 'aid') r.agents = previousAgents;
    previousAgents = r.agents;
    // "The Blinken-Yoon meeting": the first of the names meets the others.
    if (kind === 'meet' && !r.targets.length && r.agents.length > 1) r.targets = r.agents.splice(1);
    if (kind === 'meet' && !r.places.length && r.targets.length && r.targets.every((a) => a.type === 'person') && ctx.dateline) {
      r.places.push({ first: -1, last: -1, type: 'place', name: ctx.dateline, ref: ctx.refOf(ctx.dateline, 'place') });
    }
    const roles = toRoles(r, kind, ctx);
    if (!isComplete(kind, roles)) return;
    clauses.push({
      ...roles,
      kind,
      visit: VISIT_WORDS.has(words[t]?.text.toLowerCase() ?? ''),
      objects: DIRECTED_KINDS.has(kind) || kind === 'deploy' ? objects : [],
      date: eventDate(
        words.slice(left, next).map((w) => w.text),
        ctx.articleDate,
      ),
      start: sentence.start,
      end: sentence.end,
    });
  });
  return clauses;
}
