import type { KbIndex } from '~/lib/kb/kb-index';
import type { PageEntity, PageEvent } from '~/lib/messages';
import type { TabPage } from './tab-pages';

/** A tab's entities (most mentioned first) and events, counted over the blocks still on the page. */
export function summarizePage(page: TabPage, index: KbIndex): { entities: PageEntity[]; events: PageEvent[] } {
  const entities = new Map<string, PageEntity>();
  const events = new Map<string, PageEvent>();
  for (const block of Object.values(page.blocks)) {
    for (const mark of block.marks) {
      const known = entities.get(mark.id);
      if (known) known.count++;
      else entities.set(mark.id, { id: mark.id, name: index.entity(mark.id)?.name ?? mark.id, type: mark.type, count: 1 });
    }
    for (const e of block.events) {
      const known = events.get(e.id);
      if (known) known.count++;
      else events.set(e.id, { id: e.id, label: e.label, count: 1 });
    }
  }
  const byCount = (a: { count: number; id: string }, b: { count: number; id: string }) => b.count - a.count || a.id.localeCompare(b.id);
  return { entities: [...entities.values()].sort(byCount), events: [...events.values()].sort(byCount) };
}

/** At most this many names go before a later batch as context (see annotateBlocks). */
const MAX_CONTEXT_NAMES = 60;

/** The canonical names already linked on the page, one per line: context for the next batch. */
export function pageContext(page: TabPage, index: KbIndex): string {
  const ids = new Set<string>();
  for (const block of Object.values(page.blocks)) for (const mark of block.marks) ids.add(mark.id);
  return [...ids]
    .slice(0, MAX_CONTEXT_NAMES)
    .flatMap((id) => index.entity(id)?.name ?? [])
    .map((name) => `${name}.`)
    .join('\n');
}
