/**
 * Person clusters whose name is no one's: a title's words alone ("Cabinet Secretary", "Interior",
 * "Opposition"), a title misread as a name, or one dictionary word that no role and no courtesy
 * title ever went with ("Entrepreneurship" of "Commissioner for Industry and Entrepreneurship"), or a letter.
 * A wrong person is worse than none (lib/nlp/non-name.ts); "Lady Kessa" keeps "Kessa".
 */
import { aliasKey } from '../nlp/alias-key';
import { isDictionaryWord } from '../nlp/chunk';
import { HONORIFICS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_CONNECTORS } from '../nlp/title-words';
import type { OpenEntity } from './entity-state';
import { nameKeyOf } from './kb-state';

const isTitleWord = (w: string) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || ORG_HEADS.has(w) || HONORIFICS.has(w) || TITLE_CONNECTORS.has(w);

/** True when an alias of the cluster puts a courtesy title before its name: "Lady Kessa". */
const withHonorific = (c: OpenEntity, key: string) =>
  [...c.aliases].some((a) => HONORIFICS.has(aliasKey(a).split(' ').slice(-2)[0] as string) && aliasKey(a).endsWith(` ${key}`));

/** True for a person's name of one letter ("Z" of "Gen Z", a rank read off a generation's name): no one's name alone, nor any name's short form. */
export const oneLetter = (key: string) => /^\p{L}$/u.test(key);

/** True for a person cluster whose name names no one (see above). */
export function namesNoPerson(c: OpenEntity & { key: string }): boolean {
  if (c.type !== 'person') return false;
  const key = nameKeyOf(c);
  if (oneLetter(key)) return true;
  const words = key.split(' ');
  if (words.every(isTitleWord)) return true;
  return words.length === 1 && isDictionaryWord(key) && c.roles.length === 0 && !withHonorific(c, key);
}
