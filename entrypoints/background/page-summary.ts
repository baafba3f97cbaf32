import type { KbIndex } from '~/lib/kb/kb-index';
import type { PageEntity, PageEvent, PageUnknown } from '~/lib/messages';
import { aliasKey } from '~/lib/nlp/alias-key';
import type { TabPage } from './tab-pages';

/** A tab's entities (most mentioned first), events and names the KB lacks, counted over the blocks still on the page. */
export function summarizePage(page: TabPage, index: KbIndex): { entities: PageEntity[]; events: PageEvent[]; unknown: PageUnknown[] } {
  const entities = new Map<string, PageEntity>();
  const events = new Map<string, PageEvent>();
  // By type and name key: "KYIV" and "Kyiv" are one name, shown as the page writes it in running text.
  const unknown = new Map<string, PageUnknown>();
  const shouted = (name: string) => name === name.toUpperCase();
  for (const block of Object.values(page.blocks)) {
    for (const u of block.unknown ?? []) {
      const key = `${u.type}|${aliasKey(u.name)}`;
      const known = unknown.get(key);
      if (!known) unknown.set(key, { name: u.name, type: u.type, count: 1 });
      else {
        known.count++;
        if (shouted(known.name) && !shouted(u.name)) known.name = u.name;
      }
    }
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
  return {
    entities: [...entities.values()].sort(byCount),
    events: [...events.values()].sort(byCount),
    unknown: [...unknown.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
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
