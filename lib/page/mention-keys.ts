/**
 * The keyboard shortcut that moves between mentions: Alt+Shift+↓ to the next, Alt+Shift+↑ to
 * the previous. Arrow keys with Alt and Shift are rarely bound by pages, and never heard while
 * the reader types in a field or editor.
 */
export function mentionStep(event: KeyboardEvent): 1 | -1 | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return null;
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return null;
  return event.key === 'ArrowDown' ? 1 : -1;
}
