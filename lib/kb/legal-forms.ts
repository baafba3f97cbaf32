/**
 * An organization written with its legal form is the organization of its name: "Kessler Corp.",
 * "Kessler Corporation" and "Kessler" are one company, "Vantor FC" and "Vantor Football Club" one
 * club (lib/nlp/legal-suffixes.ts). Forms spelt two ways always join; a form joins the name alone
 * when that name is no phrase of dictionary words ("News Corp" is no form of any "News"), and a
 * common-noun form ("Group") not after an acronym ("UEFA Group" is a stage, "SCO Group" no SCO).
 * A name of forms only ("Holdings Co.", cut from a longer name) names no one.
 */
import { appendTo } from '../multimap';
import { isDictionaryWord } from '../nlp/chunk';
import { COMMON_NOUN_SUFFIXES, legalForm } from '../nlp/legal-suffixes';
import { absorbIntoFirst, byDocuments, type OpenEntity } from './entity-state';
import { byCode, nameKeyOf } from './kb-state';

type Keyed = OpenEntity & { key: string };

/** An acronym as written: "UEFA", "AT&T". */
const ACRONYM = /^[\p{Lu}\d&.]+$/u;

/** The most frequent name the cluster was written as. */
const writtenName = (c: Keyed) => [...c.names].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0]?.[0] ?? nameKeyOf(c);

/** True when `suffixes` after the organization `base` make a form of it (see above). */
function formOf(base: Keyed, suffixes: readonly string[]): boolean {
  if (
    nameKeyOf(base)
      .split(' ')
      .every((w) => isDictionaryWord(w))
  )
    return false;
  return !(suffixes.some((s) => COMMON_NOUN_SUFFIXES.has(s)) && ACRONYM.test(writtenName(base)));
}

/** The clusters left once each organization's legal forms are in it (see above). */
export function mergeLegalForms<T extends Keyed>(clusters: readonly T[]): T[] {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const byBase = new Map<string, [T, string[]][]>();
  const gone = new Set<T>();
  for (const c of clusters) {
    const form = c.type === 'organization' ? legalForm(nameKeyOf(c)) : null;
    if (!form) continue;
    if (form.base) appendTo(byBase, form.base, [c, form.suffixes] as [T, string[]]);
    else if (!ACRONYM.test(writtenName(c))) gone.add(c);
  }
  for (const [base, forms] of byBase) {
    const alone = byKey.get(`organization|${base}`);
    const bySpelling = new Map<string, T[]>();
    for (const [c, suffixes] of forms) appendTo(bySpelling, alone && formOf(alone, suffixes) ? '' : suffixes.join(' '), c);
    for (const [spelling, group] of bySpelling) absorbIntoFirst(spelling === '' && alone ? [alone, ...group] : group, byDocuments, gone);
  }
  return clusters.filter((c) => !gone.has(c));
}
