/**
 * Capitals that their sentence writes in brackets or quotes after the lowercase words they stand
 * for ("exclusive trade zone (ETZ)", a rating's "selective default" then "SD") shorten a common
 * noun, no body: that document leaves their cluster, and a cluster left with none leaves the KB.
 */

import { escapeRegExp } from '../reg-exp';
import { type OpenEntity, openEntity, takeDocument } from './entity-state';
import { CAPITALS, capitalsOnly, spelledOut } from './spelled-acronyms';

/** True when `sentence` writes `name` in brackets or quotes and spells its letters in lowercase words. */
function shortensNoun(sentence: string, name: string): boolean {
  const marked = new RegExp(`[("“]${escapeRegExp(name)}[)"”]`, 'u');
  return marked.test(sentence) && spelledOut(sentence, name.replace(/[.&]/g, ''), true).length > 0;
}

/** The clusters less the documents in which their capitals shorten a common noun (see above), and less those left with none. */
export function withoutTermAcronyms<T extends OpenEntity>(clusters: readonly T[]): T[] {
  const gone = new Set<T>();
  for (const c of clusters) {
    if (!capitalsOnly(c)) continue;
    const names = [...c.names.keys()].filter((n) => CAPITALS.test(n));
    for (const [doc, sentences] of [...c.sentences]) {
      // Into an entity nobody keeps: what the document said of the capitals goes with it.
      if (sentences.some((s) => names.some((n) => shortensNoun(s, n)))) takeDocument(c, openEntity(c.type), doc);
    }
    if (!c.sentences.size) gone.add(c);
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : [...clusters];
}
