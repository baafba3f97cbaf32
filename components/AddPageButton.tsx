import { useState } from 'preact/hooks';
import type { AddPageResult } from '~/lib/messages';

export interface AddPageButtonProps {
  /** Adds the page; resolves with what happened. */
  onAdd(): Promise<AddPageResult>;
}

/** "Add this page to my knowledge base", then a plain line saying what happened. */
export function AddPageButton({ onAdd }: AddPageButtonProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AddPageResult | null>(null);
  const add = async () => {
    setBusy(true);
    setResult(await onAdd().catch((error: unknown) => ({ ok: false, title: null, replaced: false, error: String(error) })));
    setBusy(false);
  };
  return (
    <div class="add-page">
      <button type="button" class="run" disabled={busy} onClick={add}>
        {busy ? 'Adding…' : 'Add this page to my knowledge base'}
      </button>
      {result && (
        <p class={result.ok ? 'note added' : 'note error'} role="status">
          {result.ok
            ? result.replaced
              ? `“${result.title}” was already in your knowledge base; it is updated.`
              : `Added “${result.title}” to your knowledge base.`
            : `Could not add this page: ${result.error}`}
        </p>
      )}
    </div>
  );
}
