/**
 * What one article says about each entity it names: the surface forms, the sentences, the roles.
 * The builder merges these observations across articles (merge-entities.ts).
 */
import type { Article } from '../corpus/article';
import { aliasKey, aliasSurface, cleanSurface } from '../nlp/alias-key';
import { cityOfRegionReading } from '../nlp/city-regions';
import type { Detected, Lexicon } from '../nlp/detect';
import { gazetteerLookup, isDemonym } from '../nlp/gazetteer';
import { qualifiedByDocument } from '../nlp/institutions';
import { toldApart } from '../nlp/place-homonyms';
import { saysWhenHeld } from '../nlp/role-canonical';
import { rolesInSentence } from '../nlp/roles';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/title-words';
import { detectOnce } from './detect-once';
import { contentRanges } from './document-record';
import type { EntityType } from './schema';

export interface Observation {
  doc: string;
  type: EntityType;
  /** The name the mention resolves to in its article. */
  name: string;
  /** Surface forms to keep as aliases ("DPRK", "Secretary Blinken", "the North"). */
  aliases: string[];
  sentence: string;
  /** Offset of the sentence in its article, for co-occurrence. */
  sentenceStart: number;
  roles: string[];
}

/**
 * The one-word title a person's mention teaches an alias with ("President Yoon Suk Yeol"). Not a
 * place or a people before the name ("Michigan" of "the governor of Michigan Jane Roe", which made
 * "Michigan Jane Roe" her alias), nor the last word of a longer title ("President" of "Vice
 * President", "Minister" of "prime Minister"). A title belongs to people: "Miss USA" is a
 * pageant's, not the United States'.
 */
function wholeTitle(d: Detected): string | null {
  if (!d.title || d.title.includes(' ') || d.type !== 'person') return null;
  if (gazetteerLookup(d.title)?.type === 'place' || isDemonym(d.title)) return null;
  const before = d.sentence.words[d.first - d.titleWords - 1];
  // "then-Prime Minister": the hyphen's last part is the title's.
  const word = before?.text.toLowerCase().split('-').at(-1) ?? '';
  // A title's modifier before it ("Vice", "Finance"), not another title ("party leader Sheikh …").
  const longer = before !== undefined && /^\s+$/.test(before.post) && !saysWhenHeld(word) && ROLE_MODIFIERS.has(word) && !ROLE_HEADS.has(word);
  return longer ? null : d.title;
}

/**
 * Aliases a mention teaches: its text, a person's with a one-word title ("President Yoon Suk Yeol"),
 * a city's with "area". None for a place the sentence told apart from the one the gazetteer gives
 * its name ("Georgia" in "Atlanta, Georgia" is "Georgia (U.S. state)"), nor for a city's name read
 * as its region's ("Kessel" of "Kessel province"): "Georgia" and "Kessel" alone stay the country's and the city's.
 * A state body named alone teaches also the name its document's country gave it ("National Assembly
 * (Kuwait)"), which the matcher links a page's mention by.
 */
function aliasesOf(text: string, d: Detected): string[] {
  if (toldApart(d) || cityOfRegionReading(d) !== undefined) return [];
  const aliases = [aliasSurface(d.via === 'the North' ? text.slice(d.start - 4, d.end) : d.text)];
  if (qualifiedByDocument(d)) aliases.push(d.name);
  const title = wholeTitle(d);
  if (title) aliases.push(aliasSurface(`${title} ${d.text}`));
  const area = /^\s+(region|area)\b/.exec(text.slice(d.end, d.end + 8));
  // "the Baghdad area", not "the United States area": a country's name before "area" qualifies the noun ("the China region").
  if (d.type === 'place' && area && gazetteerLookup(d.name)?.kind !== 'country') aliases.push(cleanSurface(`${d.text} ${area[1]}`));
  return aliases;
}

/**
 * A KB an article is read against (a user's article against the bundled KB, lib/match/kb-resolver.ts):
 * detection borrows its names' types ("Secretary Blinken" is a person because it knows a Blinken),
 * and a mention it links is observed under the linked entity's own name and type.
 */
export interface NameResolver {
  /** What it resolves against ("bundled KB of 2024-02-14, 36 entities"): an article read against another KB is read again. */
  id: string;
  lexicon: Lexicon;
  resolve(d: Detected): { name: string; type: EntityType } | null;
}

export function observe(article: Article, resolver?: NameResolver): Observation[] {
  const { text } = article;
  const source = article.source ? aliasKey(article.source) : null;
  return detectOnce(text, contentRanges(article), resolver?.lexicon)
    .filter((d) => aliasKey(d.text) !== source) // "(TDI)" in a dateline is the publisher, not news
    .map((d) => {
      const { name, type } = resolver?.resolve(d) ?? d;
      return {
        doc: article.file,
        type,
        name,
        aliases: aliasesOf(text, d),
        sentence: cleanSurface(text.slice(d.sentence.start, d.sentence.end)),
        sentenceStart: d.sentence.start,
        roles: type === 'person' ? rolesInSentence(text, d.sentence, d.first, d.last, d.titleWords) : [],
      };
    });
}
