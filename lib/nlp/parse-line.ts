/**
 * compromise's parse of one line: its sentences and their tagged terms, with offsets in the line.
 * The one place compromise tags text; tokenize.ts regroups the terms into words.
 */
import nlp from 'compromise';

export interface Term {
  text: string;
  post: string;
  tags: readonly string[];
  offset: { start: number; length: number };
}

export interface SentenceJson {
  offset: { start: number; length: number };
  terms: readonly Term[];
}

interface Compromise {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: Compromise): unknown } } };
}

type Doc = { compute(hooks: string[]): void; json(options: object): SentenceJson[] };

const world = nlp.world() as unknown as Compromise;
const View = nlp('').constructor as new (document: unknown) => Doc;
// `nlp(line)` minus the last hook, 'chunks' (noun and verb phrases): it tags nothing and cost 7%
// of the parse. Checked term by term on the 4,153 lines of CoNLL dev, test and MSNBC: same tags.
const HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

// Pages re-send their blocks (re-renders, infinite scroll) and the KB builder reads each article
// twice (entities, then events): a line parsed once is not parsed again. About ten articles' paragraphs.
const CACHED_LINES = 1000;
const cache = new Map<string, readonly SentenceJson[]>();

function parse(line: string): SentenceJson[] {
  const doc = new View(world.methods.one.tokenize.fromString(line, world));
  doc.compute(HOOKS);
  return doc.json({ offset: true, terms: { offset: true } }).map((s) => ({
    offset: s.offset,
    terms: s.terms.map(({ text, post, tags, offset }) => ({ text, post, tags, offset })),
  }));
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
