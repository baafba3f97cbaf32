import type { PageUnknown } from '~/lib/messages';
import { TYPE_LABELS } from './format';

export interface UnknownListProps {
  unknown: readonly PageUnknown[];
  /** Whether such names are marked on the page too. */
  marked: boolean;
  onMarkedChange(marked: boolean): void;
  /** While the stored settings are not read yet. */
  disabled?: boolean;
}

/** The names on the page the knowledge base lacks, and the setting that marks them on the page. */
export function UnknownList({ unknown, marked, onMarkedChange, disabled }: UnknownListProps) {
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
        <input type="checkbox" checked={marked} disabled={disabled} onChange={(event) => onMarkedChange(event.currentTarget.checked)} /> Mark them on the page
      </label>
    </section>
  );
}
