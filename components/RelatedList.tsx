import type { CardModel } from '~/lib/kb/card-model';
import { TYPE_LABELS } from './format';

/** 'Often mentioned with': other entities, each a button that opens its own card. */
export function RelatedList({ related, onOpen }: { related: CardModel['related']; onOpen(id: string): void }) {
  return (
    <ul class="related">
      {related.map((r) => (
        <li key={r.id}>
          <button type="button" class={`chip type-${r.type}`} title={TYPE_LABELS[r.type]} onClick={() => onOpen(r.id)}>
            {r.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
