import type { PageUnknown } from '~/lib/messages';
import { TYPE_LABELS } from './format';

export interface UnknownListProps {
  unknown: readonly PageUnknown[];
  /** Whether such names are marked on the page too. */
  marked: boolean;
  onMarkedChange(marked: boolean): void;
}

/** The names on the page the knowledge base lacks, and the setting that marks them on the page. */
export function UnknownList({ unknown, marked, onMarkedChange }: UnknownListProps) {
  return (
    <section class="unknown-list" aria-labelledby="group-unknown">
      <h2 id="group-unknown">
        Not in the knowledge base <span class="count">{unknown.length}</span>
      </h2>
      {unknown.length > 0 && (
        <ul>
          {unknown.map((u) => (
            <li key={`${u.type}|${u.name}`} class={`unknown type-${u.type}`}>
              <span class="name">{u.name}</span>
              <span class="kind">{TYPE_LABELS[u.type]}</span>
              <span class="count" title={`${u.count} mention${u.count === 1 ? '' : 's'}`}>
                {u.count}
              </span>
            </li>
          ))}
        </ul>
      )}
      <label class="setting">
        <input type="checkbox" checked={marked} onChange={(event) => onMarkedChange(event.currentTarget.checked)} /> Mark them on the page
      </label>
    </section>
  );
}
