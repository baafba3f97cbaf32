/**
 * An entity's background in one line, for readers who want it short (the plain card, the cast
 * list): its first role as the corpus gives it ("U.S. Secretary of State"), or null when the
 * corpus gives none. Roles come in the KB's order, which is the builder's stable one.
 */
export function backgroundLine(roles: readonly { text: string }[]): string | null {
  const first = roles[0]?.text.trim();
  return first ? first.charAt(0).toUpperCase() + first.slice(1) : null;
}
