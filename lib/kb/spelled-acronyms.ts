/**
 * Capitals alone that their own sentence spells out ("B&Q", beside "Barrow & Quill"; "VDF" beside
 * "Valdoria Defence Forces") are that name's short form, not a body of their own: the document
 * goes to the cluster of the full name, which takes the capitals as an alias; when the capitals have
 * more documents than a body's full name, that name's cluster joins them instead. Only a full name of
 * a body or a place that the same document already gave its cluster counts ("DIG" of "Deputy
 * Inspector General" is a title's), and only one such name: two would leave the capitals unknown.
 */
import { appendTo } from '../multimap';
import { aliasKey } from '../nlp/alias-key';
import { absorbEntity, type OpenEntity, takeDocument } from './entity-state';

/** Capitals, maybe with dots or "&" between them ("B&Q", "V.D.F."). */
export const CAPITALS = /^\p{Lu}(?:\.?&?\p{Lu}){1,6}\.?$/u;
/** Words a full name holds that its capitals skip: "Party of the Workers", "Barrow & Quill". */
const SKIPPED = new Set(['of', 'the', 'and', '&', 'for', 'in', 'on', 'to', 'de', 'del', 'des', 'du', 'la', 'le', 'el', 'y', 'et', 'und', 'für']);

/** The words of a sentence, without the punctuation around them. */
const wordsOf = (sentence: string) => sentence.split(/\s+/).map((w) => w.replace(/^[("'“‘]+|[)"'”’,.;:!?]+$/gu, ''));

/** The parts of a word its capitals may take a letter from: "Orrin-Tal" gives two; a name's open with a capital, a common noun's are lowercase. */
const partsOf = (word: string, lowercase: boolean) => (lowercase ? word.split(/[-–]/).filter(Boolean) : word.split(/[-–]/).filter((p) => /^\p{Lu}/u.test(p)));

/** True when `part` gives `letter` as a name's word ("Barrow"; a word of capitals spells nothing: "RT" of "Russian TV") or a common noun's ("zone"). */
const gives = (part: string, letter: string | undefined, lowercase: boolean) =>
  lowercase ? /^\p{Ll}+$/u.test(part) && part[0]?.toUpperCase() === letter : part[0] === letter && /\p{Ll}/u.test(part);

/**
 * The runs of words of `sentence` whose first letters are `letters`, in order, skipped words allowed
 * inside ("Barrow & Quill"): words of a name, or with `lowercase` a common noun's ("exclusive trade zone").
 */
export function spelledOut(sentence: string, letters: string, lowercase = false): string[] {
  const words = wordsOf(sentence);
  const runs: string[] = [];
  for (let start = 0; start < words.length; start++) {
    let at = 0;
    let end = start;
    for (; end < words.length && at < letters.length; end++) {
      const w = words[end] as string;
      if (end > start && SKIPPED.has(w.toLowerCase())) continue;
      const parts = partsOf(w, lowercase);
      if (!parts.length || (!lowercase && !/^\p{Lu}/u.test(w)) || parts.some((p, i) => !gives(p, letters[at + i], lowercase))) break;
      at += parts.length;
    }
    if (at === letters.length && end - start >= 2) runs.push(words.slice(start, end).join(' '));
  }
  return runs;
}

/** True for a cluster written only in capitals. */
export const capitalsOnly = (c: OpenEntity) => [...c.names.keys()].every((n) => CAPITALS.test(n));

/** The clusters less the capitals whose every document went to the full name their sentences spell out (see above). */
export function mergeSpelledAcronyms<T extends OpenEntity>(clusters: readonly T[]): T[] {
  const byName = new Map<string, T[]>();
  for (const c of clusters) {
    if (c.type === 'person') continue;
    for (const key of new Set([...c.names.keys(), ...c.aliases].map(aliasKey))) appendTo(byName, key, c);
  }
  const gone = new Set<T>();
  for (const c of clusters) {
    if (!capitalsOnly(c)) continue;
    const letters = ([...c.names.keys()][0] as string).replace(/[.&]/g, '');
    for (const [doc, sentences] of [...c.sentences]) {
      const runs = sentences.flatMap((s) => spelledOut(s, letters));
      const full = new Set(runs.flatMap((r) => byName.get(aliasKey(r)) ?? []).filter((o) => o !== c && !gone.has(o) && o.sentences.has(doc)));
      const [o] = full;
      if (full.size !== 1 || !o) continue;
      if (o.sentences.size >= c.sentences.size || o.type !== c.type) takeDocument(c, o, doc);
      else {
        // The corpus knows the body by its capitals ("VDF" in most documents): the full name joins them.
        absorbEntity(c, o);
        gone.add(o);
      }
    }
    if (!c.sentences.size) gone.add(c);
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : [...clusters];
}
