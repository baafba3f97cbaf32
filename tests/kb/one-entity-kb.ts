/** KBs about one entity ('e'), shaped as the builder writes them, for card tests at sizes and spans the bundled corpus lacks. */
import { KB_VERSION, type Kb, type KbDocument, type KbEntity, type KbEvent } from '../../lib/kb/schema';

const document = (file: string, date: string | null, title = `Article ${file}`, source: string | null = 'Wire'): KbDocument => ({
  file,
  title,
  titleDerived: false,
  subtitle: null,
  source,
  date,
  url: null,
  authors: [],
  dateline: null,
  fingerprint: [],
});

/** Entity 'e' in one article per date; each event `{ id, date, docs }` told by `docs` articles of its own. */
export function entityKb(dates: (string | null)[], events: { id: string; date: string | null; docs: number }[] = []): Kb {
  const documents = dates.map((date, i) => document(`d${i}.txt`, date));
  const kbEvents: KbEvent[] = events.map((e) => ({
    id: e.id,
    label: `Event ${e.id}`,
    kind: 'meet',
    date: e.date,
    place: null,
    agents: ['e'],
    targets: [],
    participants: ['e'],
    storyline: null,
    docs: Array.from({ length: e.docs }, (_, k) => `${e.id}-${k}.txt`),
    coverage: [],
  }));
  const entity: KbEntity = {
    id: 'e',
    name: 'E',
    type: 'person',
    aliases: ['E'],
    roles: [],
    docs: documents.map((d) => d.file),
    coverage: documents.map((d) => ({ doc: d.file, sentences: ['E spoke.'] })),
    related: [],
  };
  return { version: KB_VERSION, date: null, documents, entities: [entity], events: kbEvents };
}

const words = (n: number, seed: number) => Array.from({ length: n }, (_, k) => `word${(seed * 31 + k) % 97}`).join(' ');
const OFFICES = ['Minister', 'Secretary', 'Director', 'Commissioner', 'Governor'];
const FIELDS = ['Finance', 'Defence', 'Trade', 'Health', 'Energy', 'Justice', 'Labour', 'Culture'];
/** One of 40 distinct offices of one country ("Minister of Finance of Norway"), by `i`: a lead names its country. */
const office = (i: number) => `${OFFICES[i % OFFICES.length]} of ${FIELDS[Math.floor(i / OFFICES.length) % FIELDS.length]} of Norway`;

/**
 * Entity 'e' as a twenty-year corpus knows a head of state: `articles` articles from 2003 on with
 * long titles and sentences, 40 distinct roles, 20 related entities, 30 events.
 */
export function largeEntityKb(articles: number): Kb {
  const dates = Array.from(
    { length: articles },
    (_, i) => `${2003 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  );
  const kb = entityKb(
    dates,
    Array.from({ length: 30 }, (_, i) => ({ id: `v${i}`, date: dates[i * 7] ?? null, docs: (i * 13) % 17 })),
  );
  kb.documents = kb.documents.map((d, i) => ({ ...d, title: `${words(25, i)}`, source: `Source number ${i % 9}` }));
  const others = Array.from(
    { length: 20 },
    (_, i): KbEntity => ({
      id: `o${i}`,
      name: `Other Entity With A Long Name ${i}`,
      type: 'organization',
      aliases: [],
      roles: [],
      docs: [],
      coverage: [],
      related: [],
    }),
  );
  const [e] = kb.entities as [KbEntity];
  e.roles = kb.documents.map((d, i) => ({ text: office(i % 40), doc: d.file, sentence: words(60, i) }));
  e.coverage = kb.documents.map((d, i) => ({ doc: d.file, sentences: [words(70, i), words(70, i + 1), words(70, i + 2)] }));
  e.related = others.map((o, i) => ({ id: o.id, count: 100 - i }));
  kb.entities = [e, ...others];
  return kb;
}
