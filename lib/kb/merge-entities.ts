/**
 * Observations from all articles → KB entities: one per (type, name key), with a surname seen
 * alone merged into the only full name it belongs to, and "State Department" into
 * "US State Department".
 */
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup, isDemonym } from '../nlp/gazetteer';
import type { Observation } from './observe';
import type { EntityType, KbEntity, KbRole } from './schema';
import { slug } from './slug';

const MAX_SENTENCES_PER_DOC = 3;
const MAX_RELATED = 8;

interface Cluster {
  key: string;
  type: EntityType;
  names: Map<string, number>;
  aliases: Set<string>;
  sentences: Map<string, string[]>;
  roles: KbRole[];
  /** "doc@offset" of each sentence naming it, for co-occurrence. */
  places: Set<string>;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function cluster(observations: readonly Observation[]): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  for (const o of observations) {
    const key = `${o.type}|${aliasKey(o.name)}`;
    let c = clusters.get(key);
    if (!c) {
      c = { key, type: o.type, names: new Map(), aliases: new Set(), sentences: new Map(), roles: [], places: new Set() };
      clusters.set(key, c);
    }
    c.names.set(o.name, (c.names.get(o.name) ?? 0) + 1);
    for (const a of o.aliases) c.aliases.add(a);
    const sentences = c.sentences.get(o.doc) ?? [];
    if (!sentences.includes(o.sentence)) sentences.push(o.sentence);
    c.sentences.set(o.doc, sentences);
    for (const text of o.roles) {
      if (!c.roles.some((r) => r.text === text && r.doc === o.doc)) c.roles.push({ text, doc: o.doc, sentence: o.sentence });
    }
    c.places.add(`${o.doc}@${o.sentenceStart}`);
  }
  return clusters;
}

function absorb(into: Cluster, from: Cluster): void {
  for (const [n, count] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + count);
  for (const a of from.aliases) into.aliases.add(a);
  for (const [doc, sentences] of from.sentences) {
    const target = into.sentences.get(doc) ?? [];
    for (const s of sentences) if (!target.includes(s)) target.push(s);
    into.sentences.set(doc, target);
  }
  for (const r of from.roles) if (!into.roles.some((x) => x.text === r.text && x.doc === r.doc)) into.roles.push(r);
  for (const p of from.places) into.places.add(p);
}

const nameKey = (c: Cluster) => c.key.slice(c.key.indexOf('|') + 1);

/** The cluster `c` belongs inside, if exactly one fits: a full name for a surname, "US State Department" for "State Department". */
function container(c: Cluster, all: readonly Cluster[]): Cluster | undefined {
  const key = nameKey(c);
  const fits = all.filter((o) => {
    if (o === c || o.type !== c.type) return false;
    const k = nameKey(o);
    if (c.type === 'person') return !key.includes(' ') && k.split(' ').includes(key);
    if (c.type !== 'organization' || !k.endsWith(` ${key}`)) return false;
    const prefix = k.slice(0, -key.length - 1);
    return isDemonym(prefix) || gazetteerLookup(prefix)?.type === 'place';
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** The most frequent of the cluster's own names (not those of surnames or short forms it absorbed). */
function canonicalName(c: Cluster): string {
  const own = [...c.names].filter(([n]) => aliasKey(n) === nameKey(c));
  return own.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || byCode(a[0], b[0]))[0]?.[0] ?? c.key;
}

export function mergeEntities(observations: readonly Observation[]): KbEntity[] {
  const clusters = [...cluster(observations).values()].sort((a, b) => byCode(a.key, b.key));
  const merged = clusters.filter((c) => {
    const into = container(c, clusters);
    if (into) absorb(into, c);
    return !into;
  });
  const ids = new Map<Cluster, string>();
  const taken = new Set<string>();
  for (const c of merged) {
    let id = slug(canonicalName(c));
    if (taken.has(id)) id = `${id}-${c.type}`;
    taken.add(id);
    ids.set(c, id);
  }
  // Co-occurrence: entities named in the same sentence.
  const bySentence = new Map<string, Cluster[]>();
  for (const c of merged) for (const p of c.places) bySentence.set(p, [...(bySentence.get(p) ?? []), c]);
  return merged
    .map((c): KbEntity => {
      const counts = new Map<string, number>();
      for (const p of c.places) {
        for (const other of bySentence.get(p) ?? []) {
          if (other !== c) counts.set(ids.get(other) as string, (counts.get(ids.get(other) as string) ?? 0) + 1);
        }
      }
      const docs = [...c.sentences.keys()].sort(byCode);
      const name = canonicalName(c);
      return {
        id: ids.get(c) as string,
        name,
        type: c.type,
        aliases: [...new Set([name, ...c.aliases])].sort(byCode),
        roles: [...c.roles].sort((a, b) => byCode(a.doc, b.doc) || byCode(a.text, b.text)),
        docs,
        coverage: docs.map((doc) => ({ doc, sentences: (c.sentences.get(doc) ?? []).slice(0, MAX_SENTENCES_PER_DOC) })),
        related: [...counts]
          .sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))
          .slice(0, MAX_RELATED)
          .map(([id, count]) => ({ id, count })),
      };
    })
    .sort((a, b) => byCode(a.id, b.id));
}
