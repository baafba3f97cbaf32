/**
 * The six world-KB cards `npm run shots:world` draws, picked by what the KB says of them (no
 * names written here: the corpus decides): the most covered head of state, company, city and
 * international organization, the most covered event, and a person the KB knows from one article.
 */

import type { KbIndex } from '../../lib/kb/kb-index';
import type { KbEntity } from '../../lib/kb/schema';
import cities from '../../lib/nlp/data/cities.json' with { type: 'json' };

export type Pick = { kind: 'entity' | 'event'; id: string; what: string };

const HEAD_OF_STATE = /^(president|prime minister|chancellor|king|queen)\b/i;
/** Words of business news: an organization most of whose sentences use them is taken for a company. */
const COMPANY = /\b(company|firm|shares|chief executive|CEO|maker|manufacturer|retailer|airline|revenue|profit)\b/i;
const INTERNATIONAL = /\b(united nations|nato|european union|world bank|international|african union|opec|world health|world trade)\b/i;
const CITY_NAMES = new Set((cities as [string, string][]).map(([name]) => name));

const roleTexts = (e: KbEntity) => e.roles.map((r) => r.text);
const sentences = (e: KbEntity) => e.coverage.flatMap((c) => c.sentences);
const share = (texts: string[], test: RegExp) => texts.filter((t) => test.test(t)).length / Math.max(1, texts.length);

export function pickCards(index: KbIndex): Pick[] {
  const byDocs = [...index.kb.entities].sort((a, b) => b.docs.length - a.docs.length || a.id.localeCompare(b.id));
  const first = (what: string, test: (e: KbEntity) => boolean): Pick[] => {
    const e = byDocs.find(test);
    return e ? [{ kind: 'entity', id: e.id, what }] : [];
  };
  const event = [...index.kb.events].sort((a, b) => b.docs.length - a.docs.length || a.id.localeCompare(b.id))[0];
  return [
    ...first('head of state', (e) => e.type === 'person' && roleTexts(e).some((r) => HEAD_OF_STATE.test(r))),
    ...first('company', (e) => e.type === 'organization' && !INTERNATIONAL.test(e.name) && share(sentences(e), COMPANY) >= 0.25),
    ...first('city', (e) => e.type === 'place' && CITY_NAMES.has(e.name)),
    ...first('international organization', (e) => e.type === 'organization' && INTERNATIONAL.test(e.name)),
    ...(event ? [{ kind: 'event' as const, id: event.id, what: 'event' }] : []),
    ...first('barely known', (e) => e.type === 'person' && e.docs.length === 1 && e.coverage.length === 1 && e.related.length > 0),
  ];
}
