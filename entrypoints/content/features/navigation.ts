import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Stop } from './stop';

/**
 * Calls `onNavigate` when a single-page app changes the page's address. A page can dispatch
 * WXT's event too: only a real change of address counts.
 */
export function startNavigation(ctx: ContentScriptContext, onNavigate: () => void): Stop {
  let stopped = false;
  let address = location.href;
  // WXT removes this listener with the context only (it sets the signal itself): once stopped, it does nothing.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (stopped || location.href === address) return;
    address = location.href;
    onNavigate();
  });
  return () => {
    stopped = true;
  };
}
