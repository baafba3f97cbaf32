import { MUTATION_MAX_WAIT_MS, MUTATION_QUIET_MS } from './constants';

export interface MutationBatch {
  /** Elements whose text may have changed (characterData targets' parents, childList targets). */
  changed: Set<Element>;
  /** Elements the page added. */
  added: Set<Element>;
}

/**
 * Watches `target` for changed text and added content, and reports them in batches (after a
 * quiet spell, or at the latest every MUTATION_MAX_WAIT_MS). Mutations inside elements `ignore`
 * accepts (Backstory's own card) are left out, so the content script never reacts to itself.
 * Stops when `signal` aborts.
 */
export function watchMutations(target: Node, onBatch: (batch: MutationBatch) => void, ignore: (node: Node) => boolean, signal: AbortSignal): void {
  let batch: MutationBatch = { changed: new Set(), added: new Set() };
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    deadline = undefined;
    const done = batch;
    batch = { changed: new Set(), added: new Set() };
    if (done.changed.size || done.added.size) onBatch(done);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (ignore(record.target)) continue;
      const parent = record.target instanceof Element ? record.target : record.target.parentElement;
      if (parent) batch.changed.add(parent);
      for (const node of record.addedNodes) if (node instanceof Element && !ignore(node)) batch.added.add(node);
    }
    clearTimeout(quiet);
    quiet = setTimeout(flush, MUTATION_QUIET_MS);
    deadline ??= setTimeout(flush, MUTATION_MAX_WAIT_MS);
  });
  observer.observe(target, { childList: true, characterData: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
    },
    { once: true },
  );
}
