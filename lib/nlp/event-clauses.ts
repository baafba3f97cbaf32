/**
 * Event clauses in one sentence: a trigger word ("supplying", "talks", "attack"), who acts (the
 * subject, "by X", "from X", "X's"), on whom ("to Russia", "with Yoon", "against Kyiv"), where,
 * when and what. The KB builder and the matcher both read clauses here; refs are the caller's.
 */
import { eventActors } from './event-actors';
import { eventDate } from './event-date';
import { strongEvidence } from './event-evidence';
import { EVENT_KINDS, type EventKind, VISIT_WORDS } from './event-kinds';
import { meetingRoles, rolesAfter, toRoles } from './event-roles';
import { onePerEvent } from './event-sentence-merge';
import { actsThrough, namesBefore, subjectOf } from './event-subject';
import { isEventNoun, mentionsTroops, objectNouns, triggers } from './event-triggers';
import type { ClauseContext, EventActor, EventClause, NamedSpan } from './event-types';
import { BE_FORMS, HANDED_PEOPLE, LAW_ENFORCEMENT, NOT_SUPPLIES, RAID_WORDS, SPEECH_VERBS, TROOPS } from './event-words';
import { claimSpan, leftEdge, rightEdge } from './event-zones';
import { ROLE_HEADS } from './title-words';
import type { Sentence, Word } from './tokenize';

/** A role noun ("the chief", "senior executives"): one person or a few; not troops ("military advisers") nor a counted force ("45,000 police officers"). */
function namesRole(words: readonly Word[], i: number): boolean {
  const text = words[i]?.text.toLowerCase() ?? '';
  const singular = text.replace(/s$/, '');
  if (TROOPS.has(text) || (!ROLE_HEADS.has(text) && !ROLE_HEADS.has(singular))) return false;
  return text === singular || !words.slice(Math.max(0, i - 3), i).some((w) => w.tags.has('Value'));
}

/** Whether a person (or people: suspects, migrants, executives) is what the supply verb at `t` moves: its object before any preposition but "of", or its passive subject. */
function sendsPerson(words: readonly Word[], actors: readonly EventActor[], t: number, right: number): boolean {
  let end = t + 1;
  // "the chief of the army Romeo Tolentino": "of" goes on with the object.
  const ends = (w: Word | undefined) => (w?.tags.has('Preposition') && w.text.toLowerCase() !== 'of') || /^(to|into)$/i.test(w?.text ?? '');
  while (end < right && !ends(words[end])) end++;
  // "Coke, sent to the United States": a person just before a past participle set off by a comma.
  const passive = words[t - 1]?.post.includes(',') && actors.some((a) => a.type === 'person' && a.last === t - 1);
  // "hands over 22 suspects to Turkey", "sends its senior executives to Dublin": people named by a noun.
  const people = words.slice(t + 1, end).some((w, k) => HANDED_PEOPLE.has(w.text.toLowerCase()) || namesRole(words, t + 1 + k));
  return Boolean(passive) || people || actors.some((a) => a.type === 'person' && a.first > t && a.last < end);
}

/** Words before a year rather than a number of things ("in 2022", "since 1993"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'until', 'till', 'by', 'from', 'during', 'before', 'after']);

/** Whether `words` name a year other than that of `articleDate` ("in 2022", "the 1993 bombing": a year before an event noun), not a count ("2000 troops"). */
function otherYear(words: readonly Word[], articleDate: string | null): boolean {
  if (!articleDate) return false;
  return words.some(
    (w, i) =>
      /^(19|20)\d\d$/.test(w.text) &&
      w.text !== articleDate.slice(0, 4) &&
      (YEAR_PREPOSITIONS.has(words[i - 1]?.text.toLowerCase() ?? '') ||
        !/^\p{Ll}/u.test(words[i + 1]?.text ?? '') ||
        isEventNoun(words[i + 1]?.text.toLowerCase() ?? '')),
  );
}

/** Every event clause of `sentence` in `text`, given the names found in it. */
export function eventClauses(sentence: Sentence, names: readonly NamedSpan[], ctx: ClauseContext): EventClause[] {
  const { words } = sentence;
  const { from, to } = claimSpan(words);
  const found = triggers(words, from, to, ctx.paraphrases);
  if (!found.length) return [];
  const actors = eventActors(words, names, ctx);
  const isActorEnd = (i: number) => actors.some((a) => a.last === i);
  const clauses: EventClause[] = [];
  let previousAgents: EventActor[] = [];
  let previousRight = from;
  found.forEach(({ t, kind: triggered }, k) => {
    const next = found[k + 1]?.t ?? to;
    const left = leftEdge(words, Math.max(from, (found[k - 1]?.t ?? -1) + 1), t);
    const objectEnd = rightEdge(words, t, next, triggered, isActorEnd);
    const objects = objectNouns(words, t, objectEnd, actors);
    // What is sent, before "to" or "into": shells sent "to the Russian army" are supplies, not troops.
    const toWhom = words.findIndex((w, i) => i > t && i < objectEnd && EVENT_KINDS[triggered].targetPreps.includes(w.text.toLowerCase()));
    const troops = mentionsTroops([...words.slice(t + 1, toWhom > 0 ? toWhom : objectEnd), ...words.slice(left, t)].map((w) => w.text));
    // "Hundreds of Sudanese troops arrive in Aden": troops travelling are deployed, not visiting.
    const troopsTravel = triggered === 'meet' && VISIT_WORDS.has(words[t]?.text.toLowerCase() ?? '') && mentionsTroops(words.slice(left, t).map((w) => w.text));
    const kind: EventKind = (triggered === 'supply' && troops) || troopsTravel ? 'deploy' : triggered;
    // "sends the army chief Romeo Tolentino to Zamboanga", "Coke, sent to the US": people are not supplies.
    if ((kind === 'supply' || kind === 'deploy') && sendsPerson(words, actors, t, objectEnd)) return;
    // "sends a clear message", "an extradition request", "sends an official to investigate": no goods, no troops.
    const sentWords = words.slice(t + 1, toWhom > 0 ? toWhom : objectEnd);
    if ((kind === 'supply' || kind === 'deploy') && sentWords.some((w) => NOT_SUPPLIES.has(w.text.toLowerCase()))) return;
    // "The FBI raids a firm", "a mosque raided by police": a search by those who enforce the law, not an attack.
    const raid = kind === 'attack' && RAID_WORDS.has(words[t]?.text.toLowerCase() ?? '');
    if (raid && words.slice(left, next).some((w) => LAW_ENFORCEMENT.has(w.text.toLowerCase()))) return;
    const right = rightEdge(words, t, next, kind, isActorEnd);
    const r = rolesAfter(words, actors, t, right, kind);
    // Names on the previous trigger's object side are its objects, not this one's subject ("visit Bonn for talks").
    const nounTrigger = !words[t]?.tags.has('Verb');
    // "Relief convoys rolled into Gaza": what has no actor (aid) is the subject of the verb that says where it went.
    if (nounTrigger && EVENT_KINDS[kind].clusterBy === 'where' && right < next && words[right]?.tags.has('Verb')) {
      const went = rolesAfter(words, actors, right, rightEdge(words, right, next, kind, isActorEnd), kind);
      r.targets.push(...went.targets);
      r.places.push(...went.places);
    }
    // "X is attacked by a man": the subject of a passive is acted on, never the actor; troops or shells
    // sent are what moves, their country the actor ("North Korean units were deployed").
    const passive = !nounTrigger && !EVENT_KINDS[kind].keepsObjects && !words[t]?.tags.has('Gerund') && BE_FORMS.has(words[t - 1]?.text.toLowerCase() ?? '');
    // "Blinken, …, flew into Seoul and conferred with Yoon": a verb after "and" shares the previous event verb's actor.
    const sharesSubject = k > 0 && previousAgents.length > 0 && /^(and|or)$/i.test(words[left - 1]?.text ?? '');
    const subject = sharesSubject
      ? previousAgents
      : subjectOf(words, actors, { from, left: Math.max(left, previousRight), t, right }).filter(
          (a) => !nounTrigger || actsThrough(words, a, t, EVENT_KINDS[kind].lightVerbs),
        );
    // "The administration transfers oversight of the management by ICANN to a consortium": an active verb's
    // actor is its subject; a "by" inside its object names someone else.
    const active = !nounTrigger && !BE_FORMS.has(words[t - 1]?.text.toLowerCase() ?? '') && !words[t]?.tags.has('Gerund') && !words[t]?.tags.has('Participle');
    if (active && subject.length && (words[t]?.tags.has('PresentTense') || subject.some((a) => a.last === t - 1))) {
      r.others.push(...r.agents);
      r.agents = [];
    }
    // "provocations condemned by Secretary Blinken": with "by" after a verb, the subject is acted on.
    if (passive && !r.agents.length) r.targets.push(...subject.filter((a) => !r.targets.includes(a)));
    if (r.agents.length && !r.targets.length && words[t]?.tags.has('Verb')) {
      // "The launches of North Korea were condemned by Japan": what the subject names is acted on, "of" included.
      const acted = subject.length ? subject : namesBefore(words, actors, left, t);
      r.targets.push(...acted.filter((a) => !r.agents.includes(a)));
    }
    // Aid has no actor of its own: the names before it are the war it relieves ("the Israel-Hamas war").
    if (kind === 'aid') r.others.push(...namesBefore(words, actors, left, t));
    else if (!r.agents.length && !passive) r.agents.push(...subject);
    // "Blinken held talks and met Yoon": the second verb shares the first one's subject.
    // Not across a verb of saying: "…by North Korea to Russia," the department said of Blinken's meeting".
    // Nor into a relative clause: "meets the woman who attacked him".
    const toldApart =
      words.slice((found[k - 1]?.t ?? t) + 1, t).some((w) => SPEECH_VERBS.has(w.text.toLowerCase())) ||
      /^(who|whom|which|that)$/i.test(words[left - 1]?.text ?? '');
    // A noun shares it only with a word of its own kind ("sat down for a meeting"): after another it is that one's object ("UN condemns the killing … in an ISIS attack").
    const sameKind = found[k - 1]?.kind === kind;
    if (!r.agents.length && kind !== 'aid' && !toldApart && (!nounTrigger || sameKind)) r.agents = previousAgents;
    previousAgents = r.agents;
    previousRight = right;
    const visit = kind === 'meet' && VISIT_WORDS.has(words[t]?.text.toLowerCase() ?? '');
    if (kind === 'meet') meetingRoles(r, ctx, visit);
    if (ctx.strict && !strongEvidence({ words, actors, t, right, kind, roles: r })) return;
    const roles = toRoles(r, kind, ctx, visit);
    if (!EVENT_KINDS[kind].complete(roles)) return;
    // The event's own words date it, not a purpose after it ("to have writs issued for an election on March 24").
    const purpose = words.findIndex((w, i) => i > t && i < next && w.text.toLowerCase() === 'to' && words[i + 1]?.tags.has('Infinitive'));
    const clauseWords = words.slice(left, purpose > 0 ? purpose : next);
    const written = ctx.writtenDate?.(clauseWords.map((w) => `${w.text}${w.post}`).join('')) ?? null;
    // "since Russia invaded Ukraine in 2022", "the 1993 bombing": another year, with no date written, is an earlier happening left undated.
    if (!written && otherYear(words.slice(left, Math.max(right, t + 1)), ctx.articleDate)) return;
    clauses.push({
      ...roles,
      kind,
      visit,
      objects: EVENT_KINDS[kind].keepsObjects ? objects : [],
      date:
        written ??
        eventDate(
          clauseWords.map((w) => w.text),
          ctx.articleDate,
        ),
      start: sentence.start,
      end: sentence.end,
    });
  });
  return onePerEvent(clauses);
}
