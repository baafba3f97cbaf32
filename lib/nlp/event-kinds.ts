/**
 * The kinds of event Backstory recognizes, each described once: the words that tell it
 * ("supplying", "shipments", "held talks"), the prepositions of its target, what a clause must
 * name to be one, what two tellings must share to be one happening and within how many days,
 * and its one-line label. A new kind is one entry here and one in data/event-kinds.json, which
 * holds its words: triggers, the paraphrases a page may tell a known event in, light verbs. Word
 * forms are listed, not stemmed: a short closed list reads better and cannot over-match.
 */
import type { EntityType } from '../kb/schema';
import WORDS from './data/event-kinds.json';
import { GENERIC_TROOPS } from './event-words';

export type EventKind = 'supply' | 'deploy' | 'attack' | 'meet' | 'condemn' | 'sanction' | 'aid';

/** Roles a clause or an event names, as refs. */
export interface KindRoles {
  agents: readonly string[];
  targets: readonly string[];
  places: readonly string[];
}

/** The parts a label is written from, names already chosen. */
export interface LabelParts {
  kind: EventKind;
  visit: boolean;
  agent: string | null;
  /** The target's name and whether it is a place (a country is visited, a person met). */
  target: { name: string; isPlace: boolean } | null;
  place: string | null;
  object: string | null;
}

export interface KindDescriptor {
  /** Forms that trigger only when compromise tags them as verbs ("shelled", not "shells"). */
  verbs: readonly string[];
  nouns: readonly string[];
  /**
   * Looser words for the kind ("funnelling", "pounded", "conferred"), read only when a page
   * sentence is checked against the KB's events: there its participants and date must agree too.
   */
  paraphrases: { verbs: readonly string[]; nouns: readonly string[] };
  /** Prepositions that introduce the target ("to Russia", "against Kyiv", "with Yoon"). */
  targetPreps: readonly string[];
  /** Verbs whose subject does what the noun trigger names ("launched an attack", "held talks"); another verb's subject is no actor. */
  lightVerbs: readonly string[];
  /** Its nouns tell a happening only through a light verb ("imposed sanctions"); alone ("EU sanctions on Russia") they tell a standing state. */
  nounNeedsLightVerb?: boolean;
  /** Direction matters: North Korea supplying Russia is not Russia supplying North Korea. */
  directed: boolean;
  /** What it moves is its object, which the label names ("supplies shells"); a name modifying it is no party ("sent Russian forces"). */
  keepsObjects: boolean;
  /** Whether the passive tells it ("Kyiv was attacked"); "is met with protests" tells no meeting. */
  passive: boolean;
  /** Who may act in a KB event of the kind (event-evidence.ts): a state or a group attacks, a person does not. */
  agentTypes: readonly EntityType[];
  /** A KB event of the kind names goods (event-evidence.ts): "transfers $100 million" or "delivers an address" supplies nothing. */
  needsGoods?: boolean;
  /** A sentence of a sports match tells no KB event of the kind ("Japan meet South Korea in the cup final"). */
  notSport?: boolean;
  /** Whether a clause names enough to be an event of this kind. */
  complete(r: KindRoles): boolean;
  /** Which refs two tellings are indexed by, and what else they must share. */
  clusterBy: 'agents' | 'where';
  agreeOn: 'targets' | 'where' | 'nothing';
  /** Tellings dated further apart than this are separate happenings (a visit lasts days; deliveries are told over weeks). */
  windowDays: number;
  label(p: LabelParts, agent: string, target: string): string;
}

type KindWords = Pick<KindDescriptor, 'verbs' | 'nouns' | 'paraphrases' | 'targetPreps' | 'lightVerbs'>;

function wordsOf(kind: EventKind): KindWords {
  const w = WORDS[kind];
  return {
    verbs: w.verbs,
    nouns: w.nouns,
    paraphrases: { verbs: w.paraphraseVerbs, nouns: w.paraphraseNouns },
    targetPreps: w.targetPreps,
    lightVerbs: w.lightVerbs,
  };
}

const hasAgentAnd = (other: (r: KindRoles) => boolean) => (r: KindRoles) => r.agents.length > 0 && other(r);

export const EVENT_KINDS: Readonly<Record<EventKind, KindDescriptor>> = {
  supply: {
    ...wordsOf('supply'),
    agentTypes: ['place', 'organization'],
    needsGoods: true,
    directed: true,
    keepsObjects: true,
    passive: true,
    complete: hasAgentAnd((r) => r.targets.length > 0),
    clusterBy: 'agents',
    agreeOn: 'targets',
    windowDays: 30,
    label: (p, a, t) => (p.object ? `${a} supplies ${p.object} to ${t}` : `${a} supplies ${t}`),
  },
  deploy: {
    ...wordsOf('deploy'),
    agentTypes: ['person', 'place', 'organization'],
    directed: false,
    keepsObjects: true,
    passive: true,
    complete: (r) => r.agents.length > 0,
    clusterBy: 'agents',
    agreeOn: 'nothing',
    windowDays: 30,
    // "Russia deploys missiles in Kaliningrad", "Spain deploys police": what was deployed, unless a word for any troops.
    label: (p, a) => {
      const what = p.object && !GENERIC_TROOPS.has(p.object) ? p.object : 'troops';
      return `${a} deploys ${what}${p.place ? ` in ${p.place}` : p.target ? ` to ${p.target.name}` : ''}`;
    },
  },
  attack: {
    ...wordsOf('attack'),
    agentTypes: ['place', 'organization'],
    notSport: true,
    directed: true,
    keepsObjects: false,
    passive: true,
    complete: hasAgentAnd((r) => r.targets.length + r.places.length > 0),
    clusterBy: 'agents',
    agreeOn: 'where',
    windowDays: 1,
    label: (p, a, t) => `${a} attacks ${p.place ?? t}`,
  },
  meet: {
    ...wordsOf('meet'),
    agentTypes: ['person', 'place', 'organization'],
    notSport: true,
    directed: false,
    keepsObjects: false,
    passive: false,
    complete: hasAgentAnd((r) => r.targets.length + r.places.length > 0),
    clusterBy: 'agents',
    agreeOn: 'where',
    windowDays: 5,
    label: (p, a, t) => {
      if (p.visit && (p.target?.isPlace || (!p.target && p.place))) return `${a} visits ${p.target?.name ?? p.place}`;
      if (!p.target && p.place) return `${a} holds a meeting in ${p.place}`;
      return p.target?.isPlace ? `${a} holds talks with ${t}` : `${a} meets ${t}`;
    },
  },
  condemn: {
    ...wordsOf('condemn'),
    agentTypes: ['person', 'place', 'organization'],
    directed: true,
    keepsObjects: false,
    passive: true,
    complete: hasAgentAnd((r) => r.targets.length > 0),
    clusterBy: 'agents',
    agreeOn: 'targets',
    windowDays: 3,
    label: (_, a, t) => `${a} condemns ${t}`,
  },
  sanction: {
    ...wordsOf('sanction'),
    agentTypes: ['place', 'organization'],
    nounNeedsLightVerb: true,
    directed: true,
    keepsObjects: false,
    passive: true,
    complete: hasAgentAnd((r) => r.targets.length > 0),
    clusterBy: 'agents',
    agreeOn: 'targets',
    windowDays: 7,
    label: (_, a, t) => `${a} sanctions ${t}`,
  },
  aid: {
    // Its nouns are aid only after "humanitarian" (AID_NEEDS_HUMANITARIAN), except the words that always mean it.
    ...wordsOf('aid'),
    agentTypes: [],
    directed: false,
    keepsObjects: false,
    passive: true,
    // Aid has no actor of its own: only where it goes.
    complete: (r) => r.targets.length + r.places.length > 0,
    clusterBy: 'where',
    agreeOn: 'where',
    windowDays: 14,
    label: (p, _, t) => `Humanitarian aid for ${p.target?.name ?? t}`,
  },
};

/** The refs clauses of `kind` are indexed and told apart by: their agents, or where it happened for a kind without an actor (aid). */
export const clusterRefs = (kind: EventKind, r: KindRoles): readonly string[] =>
  EVENT_KINDS[kind].clusterBy === 'where' ? [...r.targets, ...r.places] : r.agents;

/** Every kind, in the order above. */
export const KIND_NAMES = Object.keys(EVENT_KINDS) as EventKind[];

/** Words that are aid only after "humanitarian": "aid" alone is too common ("aid the talks"). */
export const AID_NEEDS_HUMANITARIAN: ReadonlySet<string> = new Set(WORDS.aid.needsHumanitarian);

/** Meeting words that mean travel ("arrived", "flew"): the event is then labelled a visit. */
export const VISIT_WORDS: ReadonlySet<string> = new Set(WORDS.meet.visitWords);
