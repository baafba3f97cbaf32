/**
 * A body named for its country ("Valdorian Labour Party") may go by a word of the dictionary alone
 * ("Labour"), which other countries' parties, ministries and secretaries share: a document that
 * writes only that word, and neither another name of the body nor its country ("Valdoria",
 * "Valdorian"), is another thing's ("Secretary of Labour", another country's Labour party). Such a
 * document leaves the body (its coverage, docs entry and roles); the word stays its alias on pages.
 * Capitals are no such word: "PA" of a Palestinian body is its acronym, also where its country goes unnamed.
 */
import { aliasKey } from '../nlp/alias-key';
import { isDictionaryWord } from '../nlp/chunk';
import { countryNamed } from '../nlp/gazetteer';
import { names, wordsOf } from './pruned-coverage';
import type { KbEntity } from './schema';

/** The keys of the country opening a body's name and of the word naming it there: "valdoria", "valdorian". */
function countryKeys(name: string): string[] {
  const first = name.split(' ')[0] ?? '';
  const country = name.includes(' ') ? countryNamed(first) : undefined;
  return country ? [aliasKey(country), aliasKey(first)] : [];
}

/** `e` without the documents that name it by a word of the dictionary alone, away from its country (see above). */
export function withoutBareWordDocuments(e: KbEntity): KbEntity {
  if (e.type !== 'organization') return e;
  const country = countryKeys(e.name);
  const bare = e.aliases.filter((a) => /^\p{Lu}\p{Ll}+$/u.test(a) && isDictionaryWord(a)).map(aliasKey);
  if (!country.length || !bare.length) return e;
  const kept = [...new Set(e.aliases.map(aliasKey))].filter((k) => !bare.includes(k));
  const gone = new Set(
    e.coverage
      .filter(({ sentences }) => {
        const words = sentences.map(wordsOf);
        return words.some((w) => names(w, bare)) && !words.some((w) => names(w, kept) || names(w, country));
      })
      .map((c) => c.doc),
  );
  if (!gone.size || gone.size === e.docs.length) return e;
  return {
    ...e,
    docs: e.docs.filter((d) => !gone.has(d)),
    coverage: e.coverage.filter((c) => !gone.has(c.doc)),
    roles: e.roles.filter((r) => !gone.has(r.doc)),
  };
}
