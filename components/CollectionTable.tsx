import { type CollectionItem, itemKey } from '~/lib/collection/item';
import { KIND_LABELS } from './format';

export interface CollectionTableProps {
  items: readonly CollectionItem[];
  onRemove(key: string): void;
}

/** "2026-01-02 10:00" in the reader's time zone: when it was collected or first met. */
function when(time: number): string {
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The collection's items, one row each: what, how it was found, where, when; each can be removed. */
export function CollectionTable({ items, onRemove }: CollectionTableProps) {
  return (
    <table class="collection">
      <thead>
        <tr>
          <th scope="col">Entity or event</th>
          <th scope="col">Type</th>
          <th scope="col">How</th>
          <th scope="col">As written</th>
          <th scope="col">Sentence</th>
          <th scope="col">Page</th>
          <th scope="col">When</th>
          <th scope="col">
            <span class="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const key = itemKey(item);
          return (
            <tr key={key} data-key={key} data-id={item.id}>
              <td class="name">{item.name}</td>
              <td>
                <span class={`type type-${item.type}`}>{KIND_LABELS[item.type]}</span>
              </td>
              <td>{item.source === 'collected' ? 'Collected' : 'Met'}</td>
              <td class="surface">{item.surface}</td>
              <td class="sentence">{item.sentence}</td>
              <td class="page">
                {/^https?:/.test(item.url) ? (
                  <a href={item.url} target="_blank" rel="noopener noreferrer">
                    {item.title || item.url}
                  </a>
                ) : (
                  item.title || item.url
                )}
              </td>
              <td class="time">
                <time dateTime={new Date(item.time).toISOString()}>{when(item.time)}</time>
              </td>
              <td>
                <button type="button" class="remove" aria-label={`Remove ${item.name} (${item.title || item.url})`} onClick={() => onRemove(key)}>
                  Remove
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
