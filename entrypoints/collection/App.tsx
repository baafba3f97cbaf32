import { useState } from 'preact/hooks';
import { CollectionFilters } from '~/components/CollectionFilters';
import { CollectionTable } from '~/components/CollectionTable';
import { download } from '~/components/download';
import { ExportButtons } from '~/components/ExportButtons';
import { exportCollection } from '~/lib/collection/export';
import { ALL_ITEMS, queryCollection } from '~/lib/collection/query';
import { request, useCollection } from './use-collection';

const today = () => new Date().toISOString().slice(0, 10);

/** The research collection page: everything collected from cards and met on pages, filtered, sorted, exported, pruned. */
export function App() {
  const { items, error } = useCollection();
  const [query, setQuery] = useState(ALL_ITEMS);
  const shown = items ? queryCollection(items, query) : [];
  return (
    <main>
      <header>
        <h1>Research collection</h1>
        <p class="note">
          What you collected from Backstory's cards, and the people, places, organizations and events marked on the pages you read. Kept on this computer only.
        </p>
      </header>
      {error && <p class="note error">{error}</p>}
      <CollectionFilters query={query} onChange={setQuery} />
      <ExportButtons
        what={`the ${shown.length} shown`}
        disabled={shown.length === 0}
        onExport={(format) => download(exportCollection(shown, format, today()))}
      />
      {items === null ? (
        <p class="note">Loading…</p>
      ) : shown.length ? (
        <CollectionTable items={shown} onRemove={(key) => void request('removeFromCollection', { keys: [key] })} />
      ) : (
        <p class="note">{items.length ? 'Nothing matches.' : 'Nothing yet: collect from a card with ☆ Collect, or read a page Backstory marks.'}</p>
      )}
    </main>
  );
}
