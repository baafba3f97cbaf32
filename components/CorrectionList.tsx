import type { SiteCorrection } from '~/lib/messages';

export interface CorrectionListProps {
  host: string;
  corrections: readonly SiteCorrection[];
  onUndo(correction: SiteCorrection): void;
}

/** The links the reader refused on this site ("not this entity"), each with an undo. */
export function CorrectionList({ host, corrections, onUndo }: CorrectionListProps) {
  if (!corrections.length) return null;
  return (
    <section class="correction-list" aria-labelledby="group-corrections">
      <h2 id="group-corrections">Your corrections on {host}</h2>
      <ul>
        {corrections.map((c) => (
          <li key={`${c.surface}|${c.entity}`}>
            <span>
              “{c.surface}” is not {c.name}
            </span>{' '}
            <button type="button" class="link" onClick={() => onUndo(c)}>
              Undo
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
