import type { KbIndex } from '~/lib/kb/kb-index';
import { pageEntityIds, type TabPage } from './tab-pages';

/**
 * Once a page's marks are answered, reads what every card of that page needs from a sharded KB:
 * its document table and the page's entities' records (a card ranks coverage by the articles they
 * share). A reader hovers a name seconds later, and the first card then reads only its own rows.
 * A task of its own, after the answer; a failed read is left to the card, which reads again. A
 * whole KB holds everything already (`ensure` does nothing).
 */
export function warmCards(index: KbIndex, page: TabPage): void {
  setTimeout(() => void index.ensure({ entities: pageEntityIds(page) }).catch(() => undefined), 0);
}
