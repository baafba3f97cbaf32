import type { CollectionQuery } from '~/lib/collection/query';
import { ENTITY_TYPE_WORDS, ENTITY_TYPES, type EntityType } from '~/lib/kb/entity-types';

export interface CollectionFiltersProps {
  query: CollectionQuery;
  onChange(query: CollectionQuery): void;
}

const SOURCES: [CollectionQuery['source'], string][] = [
  ['all', 'Collected and met'],
  ['collected', 'Collected'],
  ['met', 'Met on pages'],
];
const TYPES: [CollectionQuery['type'], string][] = [
  ['all', 'Every type'],
  ...ENTITY_TYPES.map((t): [EntityType, string] => [t, ENTITY_TYPE_WORDS[t].heading]),
  ['event', 'Events'],
];
const SORTS: [CollectionQuery['sort'], string][] = [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest first'],
  ['name', 'By name'],
  ['page', 'By page'],
];

function Choice<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: [V, string][]; onChange(value: V): void }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which items the collection page shows and in what order. */
export function CollectionFilters({ query, onChange }: CollectionFiltersProps) {
  return (
    <div class="filters">
      <label>
        Search{' '}
        <input
          type="search"
          value={query.text}
          onInput={(event) => onChange({ ...query, text: event.currentTarget.value })}
          placeholder="name, sentence, page"
        />
      </label>
      <Choice label="Show" value={query.source} options={SOURCES} onChange={(source) => onChange({ ...query, source })} />
      <Choice label="Type" value={query.type} options={TYPES} onChange={(type) => onChange({ ...query, type })} />
      <Choice label="Sort" value={query.sort} options={SORTS} onChange={(sort) => onChange({ ...query, sort })} />
    </div>
  );
}
