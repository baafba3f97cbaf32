/** How a name on the page links to this card's entity, and the reader's way to say it does not. */
export interface LinkNoteProps {
  /** The name as the page writes it. */
  surface: string;
  /** The entity's name. */
  name: string;
  /** Why the matcher linked it: 'alias "DPRK"', 'surname of Park Jin, South Korean Foreign Minister'. */
  reason: string;
  /** The site the correction applies to. */
  host: string;
  /** The reader said "not this entity": the name is unlinked on this site until undone. */
  corrected: boolean;
  onCorrect(undo: boolean): void;
}

/** 'Linked by alias "DPRK" · Not this entity', or, once corrected, what changed and an undo. */
export function LinkNote({ surface, name, reason, host, corrected, onCorrect }: LinkNoteProps) {
  if (corrected) {
    return (
      <p class="link-note" role="status">
        “{surface}” is no longer linked to {name} on {host}.{' '}
        <button type="button" class="link" onClick={() => onCorrect(true)}>
          Undo
        </button>
      </p>
    );
  }
  return (
    <p class="link-note">
      <span class="meta">Linked {reason === 'name' ? 'by name' : `as ${reason}`}.</span>{' '}
      <button type="button" class="link" onClick={() => onCorrect(false)}>
        Not this entity
      </button>
    </p>
  );
}
