/**
 * Roles a sentence gives a person, from three shapes:
 *   title before the name:  "North Korean leader Kim Jong Un", "U.S. Defense Secretary Lloyd Austin"
 *   appositive after it:    "Mark Rutte, secretary general of the North Atlantic Treaty Organization (NATO),"
 *   appositive before it:   "South Korea’s national security advisor, Cho Tae-yong."
 */
import { cleanSurface } from './alias-key';
import { beforeOtherName } from './appositive-end';
import { cityOfState } from './city-state';
import { ENGLISH_FUNCTION_WORDS } from './english-words';
import { BODY_ACRONYM, namesBodyByHead, saysWhenHeld } from './role-canonical';
import { CITY_OFFICES, DEATH_NOUNS, ENDED_BEFORE, FAILED_DEATH_WORDS, LEAVING_VERBS, PASSIVE_AUXILIARIES } from './role-time-words';
import { bare, bareAt, nationalityWidth, organizationWidth, titleWordWidth } from './title-split';
import { isHyphenatedRole, NAME_CONNECTORS, ROLE_HEADS, ROLE_MODIFIERS } from './title-words';
import type { Sentence, Word } from './tokenize';

/** One-word titles that say something on their own ("President"); "Secretary" alone does not. */
const STANDALONE = new Set([
  'president',
  'chancellor',
  'premier',
  'pope',
  'king',
  'queen',
  'emir',
  'sultan',
  'governor',
  'mayor',
  'senator',
  'prince',
  'princess',
]);
const MAX_APPOSITIVE_WORDS = 12;
const GAP = /^\s+$/;
const APPOSITIVE_CLOSE = /^,\s+$/;

/** Index of the first word of the title run that ends at `last`, or last + 1 when there is none. */
function titleRunStart(words: readonly Word[], last: number): number {
  let k = last;
  while (k >= 0) {
    const width = titleWordWidth(words, k);
    if (!width) break;
    const before = words[k - width];
    k -= width;
    if (before && !GAP.test(before.post)) {
      // "South Bend, Indiana, Mayor", "South Bend, Indiana mayor": the run takes the city before the state's comma.
      const city = cityStart(words, k, last) ?? cityStart(words, k + width, last);
      if (city === null) break;
      k = city - 1;
      if (!GAP.test(words[k]?.post ?? '')) break;
    }
  }
  // "South" of "South African President": a demonym's first word the run stopped before.
  const before = words[k];
  if (!before || !GAP.test(before.post)) return k + 1;
  if (nationalityWidth(words, k) > 1) return k;
  return k + 1 - bodyWidth(words, k);
}

/**
 * How many words ending at `k` name the body the title after them is of, as the gazetteer knows
 * it ("European Central Bank President", "UN Secretary-General"), or 0. Only before a title word
 * itself: "at the United Nations US Secretary of State" is no title of the United Nations.
 */
function bodyWidth(words: readonly Word[], k: number): number {
  const next = words[k + 1];
  if (!next || !(ROLE_HEADS.has(bare(next)) || ROLE_MODIFIERS.has(bare(next)) || isHyphenatedRole(bare(next)))) return 0;
  for (const width of [4, 3, 2, 1]) {
    if (k - width + 1 >= 0 && organizationWidth(words, k - width + 1) === width) return width;
  }
  // A body the gazetteer lacks, by its head ("Arab League Secretary General") or its acronym ("FIFA President", "ANC leader").
  for (const width of [4, 3, 2]) {
    const part = words.slice(k - width + 1, k + 1);
    // Not the end of a longer name: "Blue and White Alliance", "Kessel United Harbour Board Authority".
    const previous = words[k - width];
    const longer =
      previous !== undefined &&
      (NAME_CONNECTORS.has(bare(previous)) ||
        bare(previous) === 'and' ||
        (/^\p{Lu}/u.test(previous.text) && GAP.test(previous.post) && !ENGLISH_FUNCTION_WORDS.has(bare(previous))));
    if (k - width + 1 >= 0 && !longer && part.slice(0, -1).every((w) => GAP.test(w.post)) && namesBodyByHead(part.map((w) => w.text))) return width;
  }
  const acronym = words[k];
  return acronym && BODY_ACRONYM.test(acronym.text) && !titleWordWidth(words, k) ? 1 : 0;
}

/** Where a "City, State" phrase ending at word `end` begins (city-state.ts), when the title after it to `titleEnd` is a city's office; else null. */
function cityStart(words: readonly Word[], end: number, titleEnd: number): number | null {
  const title = words.slice(end + 1, titleEnd + 1).map(bare);
  if (!CITY_OFFICES.has(title.filter((w) => !saysWhenHeld(w)).join(' '))) return null;
  for (let from = Math.max(0, end - 4); from < end; from++) {
    const phrase = words.slice(from, end + 1).map((w, i) => (from + i < end ? w.text + w.post : w.text));
    if (cityOfState(phrase.join(''))) return from;
  }
  return null;
}

function roleText(text: string, words: readonly Word[], from: number, to: number): string | null {
  const part = words.slice(from, to + 1);
  if (!part.some((w) => ROLE_HEADS.has(bare(w)) || isHyphenatedRole(bare(w)))) return null;
  if (part.length === 1 && !STANDALONE.has(bare(part[0] as Word))) return null;
  const raw = text.slice(part[0]?.start, part.at(-1)?.end).replace(/\s*\(.*$/, '');
  return cleanSurface(raw.replace(/[\s,;:.]+$/, ''));
}

/** True when the words from `k` are `phrase` (lowercase words). */
function saysAt(words: readonly Word[], k: number, phrase: string): boolean {
  return phrase.split(' ').every((w, i) => bareAt(words, k + i) === w);
}

/**
 * True when the words after the name ending at `last` say its holder leaves the office: "…
 * resigns", "… is ousted". Not "… resigns as party leader": that names the office left.
 */
function leavesAfter(words: readonly Word[], last: number, after = GAP): boolean {
  if (words[last]?.possessive || !after.test(words[last]?.post ?? '')) return false;
  const width = (phrase: string) => phrase.split(' ').length;
  const verb = LEAVING_VERBS.find((v) => saysAt(words, last + 1, v));
  const aux = PASSIVE_AUXILIARIES.find((a) => saysAt(words, last + 1, a) && ENDED_BEFORE.has(bareAt(words, last + 1 + width(a))));
  const end = verb ? last + width(verb) : aux ? last + 1 + width(aux) : null;
  return end !== null && bareAt(words, end + 1) !== 'as';
}

/**
 * The word that says a title ended, said of two joined by "and" before the name: "former president
 * and military leader X" is a former military leader too, as "former defence and interior minister".
 */
function sharedEnd(words: readonly Word[], runStart: number): string | null {
  const and = runStart - 1;
  if (bareAt(words, and) !== 'and' || !GAP.test(words[and]?.post ?? '') || !GAP.test(words[and - 1]?.post ?? '')) return null;
  const start = titleRunStart(words, and - 1);
  if (start >= and) return null;
  const first = bareAt(words, start);
  // "former and acting Prime Minister": a word alone before "and" is a title of its own, no qualifier of both.
  if ((first === 'former' || first === 'ex') && start < and - 1) return 'former';
  const before = bareAt(words, start - 1);
  return ENDED_BEFORE.has(before) && GAP.test(words[start - 1]?.post ?? '') ? before : null;
}

/**
 * A title before a name that the sentence says is no longer held, with the word that says so in
 * front: "ousted President" as written, "late Prime Minister" for "the assassination of Prime
 * Minister …" or "…'s funeral", "former President" for "President … resigns". The title alone
 * would read as held at the article's date, and after it.
 */
function withEnd(role: string, words: readonly Word[], runStart: number, last: number): string {
  const shared = sharedEnd(words, runStart);
  if (shared) return `${shared} ${role}`;
  const before = bareAt(words, runStart - 1);
  if (ENDED_BEFORE.has(before) && GAP.test(words[runStart - 1]?.post ?? '')) return `${before} ${role}`;
  if (leavesAfter(words, last)) return `former ${role}`;
  const possessive = words[last]?.possessive === true;
  // "the killing of President X's guard" is the guard's death; "X's death sentence" no death yet.
  // Not one that failed: "the attempted assassination of …", "planning an assassination of …".
  const article = /^(?:a|an|the)$/.test(bareAt(words, runStart - 3)) ? 1 : 0;
  const failed = FAILED_DEATH_WORDS.has(bareAt(words, runStart - 3 - article));
  const deathBefore = !possessive && before === 'of' && DEATH_NOUNS.has(bareAt(words, runStart - 2)) && !failed;
  const nounAfter = GAP.test(words[last + 1]?.post ?? '') && words[last + 2]?.tags.has('Noun') === true;
  const deathAfter = possessive && DEATH_NOUNS.has(bareAt(words, last + 1)) && !nounAfter;
  return deathBefore || deathAfter ? `late ${role}` : role;
}

/** Roles for the person named by `sentence.words[first..last]`, whose chunk began with `titleWords` words of title. */
export function rolesInSentence(text: string, sentence: Sentence, first: number, last: number, titleWords: number): string[] {
  const { words } = sentence;
  const roles: string[] = [];
  const chunkStart = first - titleWords;
  // Title before the name, extended left over lowercase role words: "North Korean leader".
  const previous = words[chunkStart - 1];
  // "South Bend, Indiana, Mayor X": the state's comma parts the title from its city.
  const city = previous && APPOSITIVE_CLOSE.test(previous.post) && first > chunkStart ? cityStart(words, chunkStart - 1, first - 1) : null;
  const runStart =
    city !== null
      ? GAP.test(words[city - 1]?.post ?? '')
        ? titleRunStart(words, city - 1)
        : city
      : previous && GAP.test(previous.post)
        ? titleRunStart(words, chunkStart - 1)
        : chunkStart;
  if (first > runStart) {
    const role = roleText(text, words, runStart, first - 1);
    if (role) roles.push(withEnd(role, words, runStart, last));
  }
  // Appositive after: ", a spokesperson of the US State Department said"
  const lastWord = words[last] as Word;
  if (APPOSITIVE_CLOSE.test(lastWord.post)) {
    let k = last + 1;
    const article = /^(a|an|the)$/i.test(words[k]?.text ?? '');
    if (article) k++;
    const head = words[k];
    // Lowercase only: "Yoon, Secretary of State Antony Blinken" is a list of names, not a role.
    if (head && /^\p{Ll}/u.test(head.text)) {
      let end = k;
      while (end < words.length && end - k < MAX_APPOSITIVE_WORDS) {
        const w = words[end] as Word;
        if (w.tags.has('Verb') && !w.tags.has('Gerund') && end > k) {
          end--;
          break;
        }
        if (/[,;:.()—–]/.test(w.post) || end === words.length - 1) break;
        end++;
      }
      const stop = beforeOtherName(words, k, Math.min(end, words.length - 1), article);
      const role = stop === null ? null : roleText(text, words, k, stop);
      // "X, the party's leader, resigns": the verb after the appositive ends the role as after a title.
      const ended = leavesAfter(words, end, APPOSITIVE_CLOSE);
      if (role && words.slice(k, k + 4).some((w) => ROLE_HEADS.has(bare(w)))) roles.push(ended ? `former ${role}` : role);
    }
  }
  // Appositive before: "… national security advisor, Cho Tae-yong." (the name closes the clause)
  const comma = words[chunkStart - 1];
  const closes = last === words.length - 1 || /[,;.]/.test(lastWord.post);
  if (comma && APPOSITIVE_CLOSE.test(comma.post) && closes && ROLE_HEADS.has(bare(comma))) {
    const role = roleText(text, words, titleRunStart(words, chunkStart - 1), chunkStart - 1);
    if (role) roles.push(role);
  }
  return roles;
}
