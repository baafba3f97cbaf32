/**
 * The kinds of event Backstory recognizes and the words that tell them ("supplying",
 * "shipments", "held talks", "struck"), with the prepositions that introduce each kind's target.
 * Word forms are listed, not stemmed: a short closed list reads better and cannot over-match.
 */
import type { Word } from './tokenize';

export type EventKind = 'supply' | 'deploy' | 'attack' | 'meet' | 'condemn' | 'sanction' | 'aid';

/** Kinds whose direction matters: North Korea supplying Russia is not Russia supplying North Korea. */
export const DIRECTED_KINDS: ReadonlySet<EventKind> = new Set(['supply', 'attack', 'condemn', 'sanction']);

interface KindWords {
  /** Forms that trigger only when compromise tags them as verbs ("shelled", not "shells"). */
  verbs: string[];
  nouns: string[];
  /** Prepositions that introduce the target ("to Russia", "against Kyiv", "with Yoon"). */
  targetPreps: string[];
}

const KINDS: Record<EventKind, KindWords> = {
  supply: {
    verbs:
      'supply supplies supplied supplying provide provides provided providing ship ships shipped shipping deliver delivers delivered delivering transfer transfers transferred transferring send sends sent sending sell sells sold selling hand hands handed handing'.split(
        ' ',
      ),
    nouns: 'provision shipment shipments delivery deliveries transfer transfers sale sales'.split(' '),
    targetPreps: ['to', 'into'],
  },
  deploy: {
    verbs: 'deploy deploys deployed deploying station stationed dispatch dispatched dispatches'.split(' '),
    nouns: 'deployment deployments'.split(' '),
    targetPreps: ['to', 'into', 'in', 'on'],
  },
  attack: {
    verbs: 'attack attacks attacked attacking strike strikes struck bomb bombs bombed bombing shelled invade invades invaded raid raided'.split(' '),
    nouns: 'attack attacks strike strikes airstrike airstrikes bombing bombardment shelling invasion raid raids'.split(' '),
    targetPreps: ['on', 'against', 'in', 'at', 'into'],
  },
  meet: {
    verbs: 'meet meets met meeting talks visit visits visited visiting arrive arrives arrived arriving'.split(' '),
    nouns: 'meeting meetings talks visit visits summit'.split(' '),
    targetPreps: ['with', 'to'],
  },
  condemn: {
    verbs: 'condemn condemns condemned condemning denounce denounces denounced criticize criticizes criticized criticise criticised rebuke rebuked'.split(' '),
    nouns: 'condemnation'.split(' '),
    targetPreps: ['of'],
  },
  sanction: {
    verbs: 'sanction sanctions sanctioned sanctioning'.split(' '),
    nouns: 'sanctions'.split(' '),
    targetPreps: ['on', 'against'],
  },
  aid: {
    verbs: [],
    // Only after "humanitarian" (see kindOf), except the words that always mean it.
    nouns: 'aid assistance pause pauses corridor ceasefire truce'.split(' '),
    targetPreps: ['to', 'for', 'in', 'into'],
  },
};

/** Words that are aid only after "humanitarian": "aid" alone is too common ("aid the talks"). */
const AID_NEEDS_HUMANITARIAN = new Set(['aid', 'assistance', 'pause', 'pauses', 'corridor']);

/** Meeting words that mean travel: the event is then labelled a visit. */
export const VISIT_WORDS: ReadonlySet<string> = new Set('visit visits visited visiting arrive arrives arrived arriving'.split(' '));

const verbKinds = new Map<string, EventKind>();
const nounKinds = new Map<string, EventKind>();
for (const [kind, words] of Object.entries(KINDS) as [EventKind, KindWords][]) {
  for (const v of words.verbs) verbKinds.set(v, kind);
  for (const n of words.nouns) if (!nounKinds.has(n)) nounKinds.set(n, kind);
}

/** The event kind `word` triggers in its sentence, if any. */
export function kindOf(word: Word, previous: Word | undefined): EventKind | null {
  const lower = word.text.toLowerCase();
  // compromise may tag "pauses" a verb; after "humanitarian" it is the noun.
  if (previous?.text.toLowerCase() === 'humanitarian' && nounKinds.get(lower) === 'aid') return 'aid';
  if (word.tags.has('Verb')) return verbKinds.get(lower) ?? null;
  if (!word.tags.has('Noun')) return null;
  const kind = nounKinds.get(lower) ?? null;
  if (kind === 'aid' && AID_NEEDS_HUMANITARIAN.has(lower) && previous?.text.toLowerCase() !== 'humanitarian') return null;
  return kind;
}

/** Prepositions that introduce the target of `kind`. */
export function targetPrepositions(kind: EventKind): readonly string[] {
  return KINDS[kind].targetPreps;
}
