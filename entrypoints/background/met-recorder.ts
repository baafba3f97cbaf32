import { collectionItems } from '~/lib/collection/page-items';
import { addItems } from '~/lib/collection/update';
import { updateCollection } from './collection-store';
import { loadKb } from './kb';
import { getTabPage } from './tab-pages';

/**
 * A page's marks are recorded this long after its last batch: a page is read in many batches
 * (and a live page keeps sending), and one storage write per page read is enough.
 */
const RECORD_AFTER_MS = 1500;

const pending = new Map<number, { title: string; timer: ReturnType<typeof setTimeout> }>();

/**
 * Records in the collection, as 'met', what tab `tabId`'s page shows marked (first mention of
 * each), shortly after the page's batches stop. Only on this machine, like everything else.
 */
export function recordMetSoon(tabId: number, title: string): void {
  clearTimeout(pending.get(tabId)?.timer);
  const timer = setTimeout(() => {
    pending.delete(tabId);
    void record(tabId, title).catch(() => undefined);
  }, RECORD_AFTER_MS);
  pending.set(tabId, { title, timer });
}

async function record(tabId: number, title: string): Promise<void> {
  const [index, page] = await Promise.all([loadKb(), getTabPage(tabId)]);
  if (!page) return;
  const items = collectionItems(index, Object.values(page.blocks), { url: page.url, title, time: Date.now() }, 'met');
  if (items.length) await updateCollection((known) => addItems(known, items));
}
