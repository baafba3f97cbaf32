import { loadSettings } from '~/config/settings-storage';
import { collectionItems } from '~/lib/collection/page-items';
import { addItems } from '~/lib/collection/update';
import { updateCollection } from './collection-store';
import { getTabPage } from './tab-pages';
import { lookupIndex } from './user-corpus';

/**
 * A page's marks are recorded this long after the batch that found them: a page is read in many
 * batches, and one storage write for them all is enough. A live page that keeps sending is
 * recorded once every this long, not never.
 */
const RECORD_AFTER_MS = 1500;

/** Tabs with a recording due, and the title their page had at its latest batch. */
const pending = new Map<number, string>();

/**
 * Records in the collection, as 'met', what tab `tabId`'s page shows marked (first mention of
 * each), shortly after, unless the reader turned that off. Only on this machine, like everything else.
 */
export function recordMetSoon(tabId: number, title: string): void {
  const due = pending.has(tabId);
  pending.set(tabId, title);
  if (due) return;
  setTimeout(() => {
    const latest = pending.get(tabId) ?? title;
    pending.delete(tabId);
    void record(tabId, latest).catch(() => undefined);
  }, RECORD_AFTER_MS);
}

async function record(tabId: number, title: string): Promise<void> {
  const [settings, index, page] = await Promise.all([loadSettings(), lookupIndex(), getTabPage(tabId)]);
  if (!page || !settings.recordMet) return;
  const items = collectionItems(index, Object.values(page.blocks), { url: page.url, title, time: Date.now() }, 'met');
  await updateCollection((known) => addItems(known, items));
}
