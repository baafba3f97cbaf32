/**
 * compromise's parse of one line: its sentences and their tagged terms, with offsets in the line.
 * The one place compromise tags text; tokenize.ts regroups the terms into words.
 */
import nlp from 'compromise/two';

export interface Term {
  text: string;
  post: string;
  tags: readonly string[];
  offset: { start: number; length: number };
}

export interface SentenceJson {
  offset: { index: number; start: number; length: number };
  terms: readonly Term[];
}

/** A pattern of compromise's; `notIf` is a match string, or its parsed form once compromise compiled it. */
type Match = Parameters<typeof nlp.buildNet>[0][number] & { notIf?: unknown };
type Net = ReturnType<typeof nlp.buildNet>;

/** A pattern as buildNet compiled it: what a sentence must hold for it to be tried (01-parse.js of compromise's sweep). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Compromise {
  hooks: string[];
  compute: Record<string, (view: Doc) => void>;
  model: {
    one: { frozenLex: Record<string, string | string[]>; _multiCache?: Record<string, number> };
    two: { matches: readonly Match[] };
  };
  methods: {
    one: {
      tokenize: { fromString(text: string, world: Compromise): unknown };
      parseMatch(match: string, options: object, world: Compromise): unknown;
      cacheDoc(document: RawTerm[][]): ReadonlySet<string>[];
      match(document: RawTerm[][], match: NetMatch): { ptrs: number[][] };
      bulkTagger(found: object[], document: RawTerm[][], world: Compromise): void;
      setTag(terms: RawTerm[], tag: string | string[], world: Compromise, isSafe: boolean, reason: string): void;
    };
  };
}

/** A term as compromise keeps it: `text` is empty for a contraction's implied word, whose `normal` it writes. */
interface RawTerm {
  text: string;
  normal?: string;
  machine?: string;
  frozen?: boolean;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  offset: { index: number; start: number; length: number };
}

type Doc = { compute(hooks: string[]): void; docs: RawTerm[][]; world: Compromise };

/** Tags the people patterns set: 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'. */
const PEOPLE_TAG = /Person|Name/;

interface Tagger {
  world: Compromise;
  View: new (document: unknown) => Doc;
  hooks: string[];
  people: PeopleNet;
}

/** The people patterns' net, with its hooks' keys numbered in the order compromise tries them. */
interface PeopleNet {
  /** The patterns hooked on each key, in the net's key order. */
  hooked: NetMatch[][];
  keyOrder: Map<string, number>;
}

// Made on the first parse, not at import: the extension's background imports compromise deferred
// (config/defer-module.ts), so a service-worker start that parses nothing never builds it.
let made: Tagger | undefined;

function tagger(): Tagger {
  if (made) return made;
  const world = nlp.world() as unknown as Compromise;
  made = {
    world,
    View: nlp('').constructor as Tagger['View'],
    // `nlp(line)` minus two hooks. 'chunks' (noun and verb phrases) tags nothing. 'postTagger' runs
    // compromise's 570 context patterns, two thirds of the parse; only its 42 patterns that tag
    // people moved our scores, so they run alone, through compromise's own `buildNet`/`sweep`.
    // On CoNLL dev exact F1 went 84.3 → 84.4 (test 80.1 → 80.1, MSNBC recall 74.0 → 72.3) and
    // detection from 1.4× to 0.5× the time of compromise's default parse (`npm run eval`); the
    // bundled KB is byte for byte the same. Verb and noun tags come from the lexicon and the pre-tagger.
    hooks: world.hooks.filter((hook) => hook !== 'chunks' && hook !== 'postTagger').map((hook) => (hook === 'freeze' ? FREEZE : hook)),
    people: peopleNet(world),
  };
  world.compute[FREEZE] ??= freezeBy(world);
  return made;
}

/** Our name for compromise's 'freeze' step, done by `freezeBy`. */
const FREEZE = 'backstoryFreeze';

/**
 * compromise's 'freeze' step (src/1-one/freeze/compute.js), the same tags set in the same order:
 * a term in its frozen lexicon is tagged and frozen, and so is each run of terms from a term on
 * that spells one of its multi-word entries. Its own looks each term up in two large plain
 * objects, 2.5% of a world build's extraction; here a Map and a Set of the entries' first words
 * (all the prefixes a run could start with) answer first. The lexicon is compromise's own,
 * which nothing here adds to.
 */
function freezeBy(world: Compromise): (view: Doc) => void {
  const { frozenLex } = world.model.one;
  const multi = world.model.one._multiCache ?? {};
  const frozen = new Map(Object.keys(frozenLex).map((key) => [key, frozenLex[key] as string | string[]]));
  const starts = new Set<string>();
  for (const key of frozen.keys()) {
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) starts.add(words.slice(0, n).join(' '));
  }
  const { setTag } = world.methods.one;
  return (view) => {
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i] as RawTerm;
        const word = (t.machine || t.normal) as string;
        if (starts.has(word) && multi[word] !== undefined && terms[i + 1]) {
          for (let k = i + (multi[word] as number) - 1; k > i; k--) {
            const words = terms.slice(i, k + 1);
            const tags = frozen.get(words.map((term) => term.machine || term.normal).join(' '));
            if (tags === undefined) continue;
            setTag(words, tags, world, false, '1-frozen-multi-lexicon');
            for (const term of words) term.frozen = true;
          }
        }
        const tags = frozen.get(word);
        if (tags !== undefined) {
          setTag([t], tags, world, false, '1-freeze-lexicon');
          t.frozen = true;
        }
      }
    }
  };
}

/**
 * compromise's people patterns, compiled apart. buildNet compiles the patterns it is given in
 * place, so it gets copies; and compromise compiles its own on its first full parse (`nlp(text)`),
 * turning each `notIf` into a parsed match. A copy's `notIf` is therefore set after buildNet,
 * parsed here unless compromise already did.
 */
function peopleNet(world: Compromise): PeopleNet {
  const people = world.model.two.matches.filter((m) => PEOPLE_TAG.test(String(m.tag)));
  const copies: Match[] = people.map(({ notIf: _, ...pattern }) => pattern);
  const net = nlp.buildNet(copies) as Net & { hooks: Record<string, NetMatch[]>; always: readonly NetMatch[] };
  people.forEach(({ notIf }, i) => {
    const copy = copies[i];
    if (copy && notIf !== undefined) copy.notIf = typeof notIf === 'string' ? world.methods.one.parseMatch(notIf, {}, world) : notIf;
  });
  // sweepPeople tries only hooked patterns: every people pattern names a word or tag it needs.
  if (net.always.length) throw new Error('compromise: a people pattern without needs or wants; parse-line.ts sweepPeople must try it too');
  const keys = Object.keys(net.hooks);
  return { hooked: keys.map((key) => net.hooks[key] as NetMatch[]), keyOrder: new Map(keys.map((key, i) => [key, i])) };
}

/**
 * `doc.sweep(net)` for the people patterns, the same matches tagged in the same order, at a
 * fraction of its cost (it was a fifth of the parse): compromise's own sweep lists each
 * sentence's candidate patterns by walking every key of the net and concatenating arrays, and
 * then builds a View of each result, which nothing here reads. Here a sentence's keys come from
 * its own cache (compromise's cacheDoc), put in the net's key order, and each pattern is tried
 * once under the conditions of compromise's trimDown and tooSmall (sweep/methods/sweep/).
 */
function sweepPeople(world: Compromise, net: PeopleNet, document: RawTerm[][]): void {
  const { cacheDoc, match, bulkTagger } = world.methods.one;
  const caches = cacheDoc(document);
  const found: object[] = [];
  document.forEach((terms, n) => {
    const have = caches[n] as ReadonlySet<string>;
    const keys: number[] = [];
    for (const item of have) {
      const k = net.keyOrder.get(item);
      if (k !== undefined) keys.push(k);
    }
    if (!keys.length) return;
    keys.sort((a, b) => a - b);
    const tried = new Set<string>();
    for (const k of keys) {
      for (const m of net.hooked[k] as NetMatch[]) {
        if (tried.has(m.match)) continue;
        tried.add(m.match);
        if (!m.needs.every((need) => have.has(need))) continue;
        if (m.ifNo?.some((no) => have.has(no))) continue;
        if (m.wants.length && m.wants.filter((want) => have.has(want)).length < m.minWant) continue;
        if (terms.length < m.minWords) continue;
        for (const ptr of match([terms], m).ptrs) {
          ptr[0] = n;
          found.push({ ...m, pointer: ptr });
        }
      }
    }
  });
  bulkTagger(found, document, world);
}

// Pages re-send their blocks (re-renders, infinite scroll) and the KB builder reads each article
// twice (entities, then events): a line parsed once is not parsed again. About ten articles' paragraphs.
const CACHED_LINES = 1000;
const cache = new Map<string, readonly SentenceJson[]>();

function parse(line: string): SentenceJson[] {
  const { world, View, hooks, people } = tagger();
  const doc = new View(world.methods.one.tokenize.fromString(line, world));
  doc.compute(hooks);
  sweepPeople(world, people, doc.docs);
  doc.compute(['offset']);
  // What `doc.json({ offset: true, terms: { offset: true } })` gives, without the copies of every
  // term and the sentence texts it also builds: a sentence's length is its text's, trimmed.
  return doc.docs.map((terms) => ({
    offset: {
      index: (terms[0] as RawTerm).offset.index,
      start: (terms[0] as RawTerm).offset.start,
      length: terms
        .map((t) => t.pre + (t.text || t.normal || '') + t.post)
        .join('')
        .trim().length,
    },
    terms: terms.map(({ text, post, tags, offset }) => ({ text, post, tags: [...tags], offset })),
  }));
}

/**
 * Empties the cache of parsed lines. A build worker does after each article: the world corpus's
 * lines are nearly all different (27 cache hits in 5,000 articles), and a thousand parsed lines
 * kept alive are copied by every scavenge of the young generation and then promoted.
 */
export function forgetParsedLines(): void {
  cache.clear();
}

/** The sentences of `line` as compromise reads them; the same (shared, unmodified) result for the same line. */
export function parseLine(line: string): readonly SentenceJson[] {
  const cached = cache.get(line);
  if (cached) {
    cache.delete(line); // most recently used last
    cache.set(line, cached);
    return cached;
  }
  const parsed = parse(line);
  if (cache.size >= CACHED_LINES) cache.delete(cache.keys().next().value as string);
  cache.set(line, parsed);
  return parsed;
}
