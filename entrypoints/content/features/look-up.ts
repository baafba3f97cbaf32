import type { Cards } from './cards';

/** Opens a pinned card at the page's selection for `text` ("Look up in Backstory"); false when nothing is selected. */
export function lookUp(cards: Cards, text: string, id: string | null): boolean {
  const selection = document.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  if (!range || range.collapsed) return false;
  // Without an id the card has no data to load: it says the KB has nothing on the text.
  cards.openAt(range, { kind: 'entity', id: id ?? '', label: text.replace(/\s+/g, ' ').trim() });
  return true;
}
