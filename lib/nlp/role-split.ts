/**
 * "Home Depot CEO Bob Nardelli", "Supreme Court Justice Ruth Ginsburg": an organization, then a
 * role and a person, written as one capitalized run. Split before the role, unless the whole run
 * opens with a title ("U.S. Defense Secretary Lloyd Austin"), which title-split.ts handles.
 */
import { type Chunk, isAdjective } from './chunk';
import { namesCountry } from './gazetteer';
import { bare, onlySuffixes, splitTitle } from './title-split';
import { isHyphenatedRole, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from './title-words';
import type { Word } from './tokenize';

/**
 * "High" of "United Nations High Commissioner", "Principal" of "Kessel Principal Secretary": a
 * title's adjective opens the title; left on the organization, it ends no name ("Education" of
 * "Higher Education Secretary", a noun, may end one).
 */
const modifiesOnly = (word: Word) => {
  const w = bare(word);
  return ROLE_MODIFIERS.has(w) && !ORG_HEADS.has(w) && isAdjective(w);
};

export function splitAtRole(chunk: Chunk): Chunk[] {
  const { words } = chunk;
  if (words.length < 3 || splitTitle(words).title.length) return [chunk];
  // "United Nations Secretary-General Ban Ki-moon": a hyphenated role too.
  const role = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (ROLE_HEADS.has(bare(w)) || isHyphenatedRole(bare(w))));
  // "Ministry of Justice and Human Rights": a role's word after a connector is the organization's complement.
  if (role < 0 || /[(),]/.test(words[role - 1]?.post ?? '') || /^\p{Ll}/u.test(words[role - 1]?.text ?? '')) return [chunk];
  let k = role;
  while (k > 1 && modifiesOnly(words[k - 1] as Word)) k--;
  // "Coalition of Prime Minister …": a name ends in no connector.
  if (/^\p{Ll}/u.test(words[k - 1]?.text ?? '')) k = role;
  // "Martin Luther King Jr.": a role's word before a generational suffix alone is a surname.
  if (onlySuffixes(words.slice(role + 1))) return [chunk];
  // "Vienna General Hospital": a role's word right before an organization's head, last, is the
  // body's word, no title of a person; only a country before it stands apart ("U.S. Justice
  // Department", institutions.ts).
  if (
    role === words.length - 2 &&
    ORG_HEADS.has(bare(words.at(-1) as Word)) &&
    !namesCountry(
      words
        .slice(0, role)
        .map((w) => w.text)
        .join(' '),
    )
  )
    return [chunk];
  const before = words[k - 1];
  if (!before) return [chunk];
  const head: Chunk = { words: words.slice(0, k), first: chunk.first, start: chunk.start, end: before.possessive ? before.end - 2 : before.end };
  const tail: Chunk = { words: words.slice(k), first: chunk.first + k, start: (words[k] as (typeof words)[number]).start, end: chunk.end };
  return [head, tail];
}
