// @vitest-environment happy-dom
/**
 * KB and page strings reach the card, the popup and the article page as data: markup in them
 * must show as literal text and create no element, attribute or handler. Each component is
 * rendered twice, with plain strings and with markup in every string; the element trees must match.
 */
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventCardModel } from '~/lib/kb/event-card-model';
import type { CorpusArticleView, EntityCardData } from '~/lib/messages';
import { CorpusArticle } from '../../components/CorpusArticle';
import { CorrectionList } from '../../components/CorrectionList';
import { EntityCard } from '../../components/EntityCard';
import { EntityList } from '../../components/EntityList';
import { EventCard } from '../../components/EventCard';
import { UnknownCard } from '../../components/UnknownCard';
import { UnknownList } from '../../components/UnknownList';

const HOSTILE = ['<img src=x onerror="window.pwned=1">', '<script>window.pwned=1</script>', '"><svg onload=alert(1)>', '&lt;b&gt;bold&lt;/b&gt;'];

/** A text with every hostile string in it, tagged so each field stays recognizable. */
const markup = (field: string) => `${field} ${HOSTILE.join(' ')}`;

const cardModel = (s: (field: string) => string): EntityCardData => ({
  id: 'e1',
  name: s('Name'),
  type: 'person',
  asOf: '2023-11-09',
  lead: { text: s('Lead'), first: '2023-11-08', last: '2023-11-08' },
  roles: [
    {
      text: s('Role'),
      docs: 1,
      first: '2023-11-08',
      last: '2023-11-08',
      later: false,
      source: s('Source'),
      date: '2023-11-08',
      title: s('Role title'),
      sentence: s('Role sentence.'),
    },
  ],
  related: [{ id: 'e2', name: s('Related'), type: 'organization' }],
  coverage: [
    {
      doc: 'a.txt',
      title: s('Linked title'),
      source: s('Wire'),
      date: '2023-11-08',
      url: 'https://example.org/a',
      sentences: [s('Sentence one.'), s('Sentence two.')],
      also: [{ doc: 'c.txt', title: s('Same-day title'), url: 'https://example.org/c' }],
    },
    { doc: 'b.txt', title: s('Own title'), source: null, date: null, url: null, sentences: [s('Sentence three.')], also: [] },
  ],
  moreCoverage: null,
  coverageTotal: 3,
  timeline: {
    first: '2023-11-08',
    last: '2024-02-09',
    unit: 'month',
    bins: [
      { period: '2023-11', count: 1 },
      { period: '2023-12', count: 0 },
      { period: '2024-01', count: 0 },
      { period: '2024-02', count: 1 },
    ],
    peak: '2023-11',
    articles: 2,
    asOfAt: 0.1,
    keyEvents: [{ id: 'v1', label: s('Timeline event'), date: '2023-11-08', docs: 2, at: 0.1 }],
    moreEvents: 0,
    undated: { events: 0, articles: 0 },
  },
  kbDate: '2023-11-08',
});

const eventModel = (s: (field: string) => string): EventCardModel => ({
  id: 'v1',
  label: s('Label'),
  kind: 'supply',
  date: '2023-11-08',
  place: { id: 'p1', name: s('Place') },
  participants: [{ id: 'e1', name: s('Participant'), type: 'person', role: 'agent' }],
  coverage: cardModel(s).coverage,
  articleCount: 2,
  storyline: { before: null, after: null },
  kbDate: '2023-11-08',
});

const article = (s: (field: string) => string): CorpusArticleView => {
  const text = s('Paragraph');
  return {
    doc: s('doc.txt'),
    title: s('Title'),
    source: s('Source'),
    date: null,
    paragraphs: [{ text, marks: [{ start: 0, end: text.length, id: 'e1', type: 'person', reason: 'name' }] }],
  };
};

const none = () => undefined;
const entityCard = (s: (field: string) => string, status: 'ready' | 'error' | 'loading' | 'empty', corrected = false) => (
  <EntityCard
    state={status === 'ready' ? { status, model: cardModel(s) } : status === 'error' ? { status, message: s('Error') } : { status }}
    label={s('Label')}
    pinned={false}
    canGoBack
    scheme="light"
    onOpenEntity={none}
    onOpenEvent={none}
    onOpenArticle={none}
    onBack={none}
    onTogglePin={none}
    onClose={none}
    link={{ surface: s('Surface'), reason: s('Reason'), host: s('Host'), corrected, onCorrect: none }}
  />
);

const CASES: [string, (s: (field: string) => string) => ComponentChild][] = [
  ['entity card', (s) => entityCard(s, 'ready')],
  ['entity card, corrected', (s) => entityCard(s, 'ready', true)],
  ['entity card, error', (s) => entityCard(s, 'error')],
  ['card of a name the KB lacks', (s) => <UnknownCard name={s('Unknown')} type="place" pinned={false} scheme="light" onTogglePin={none} onClose={none} />],
  ['entity card, loading', (s) => entityCard(s, 'loading')],
  ['entity card, empty', (s) => entityCard(s, 'empty')],
  [
    'event card',
    (s) => (
      <EventCard
        state={{ status: 'ready', model: eventModel(s) }}
        label={s('Label')}
        pinned
        canGoBack
        scheme="dark"
        onOpenEntity={none}
        onBack={none}
        onTogglePin={none}
        onClose={none}
      />
    ),
  ],
  [
    'popup entity list',
    (s) => (
      <EntityList entities={[{ id: 'e1', name: s('Entity'), type: 'person', count: 2 }]} events={[{ id: 'v1', label: s('Event'), count: 1 }]} onReveal={none} />
    ),
  ],
  ['corpus article page', (s) => <CorpusArticle article={article(s)} />],
  ['popup list of unknown names', (s) => <UnknownList unknown={[{ name: s('Unknown'), type: 'organization', count: 3 }]} marked onMarkedChange={none} />],
  ['popup corrections', (s) => <CorrectionList host={s('Host')} corrections={[{ surface: s('Surface'), entity: 'e1', name: s('Name') }]} onUndo={none} />],
];

/** Every element with its attribute names: the shape markup in the data must not change. */
const shape = (root: Element) => [...root.querySelectorAll('*')].map((el) => `${el.localName}[${el.getAttributeNames().sort().join(',')}]`);

afterEach(cleanup);

describe('markup in KB and page strings', () => {
  it.each(CASES)('%s shows it as text and creates no element', (_, view) => {
    const plain = shape(render(view((field) => field)).container);
    cleanup();
    const { container } = render(view(markup));
    expect(shape(container)).toEqual(plain);
    for (const hostile of HOSTILE) expect(container.textContent).toContain(hostile);
    expect(container.querySelector('img, script, [onerror], [onload]')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
