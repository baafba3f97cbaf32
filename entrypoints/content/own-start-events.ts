import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Ids of the content-script contexts alive in this (isolated) world, shared by every injection of ours. */
const CONTEXTS = Symbol.for('backstory.contexts');

/**
 * WXT stops an older content script when a newer one dispatches a "started" event on the
 * document. A page can dispatch that event too (DOM events and their details cross worlds), and
 * would switch Backstory off. Here the event counts only when it names a context that really
 * started in our world: the newer script registers its id first thing in `main`, which runs
 * before the microtask that checks it.
 */
export function obeyOnlyOwnStartEvents(ctx: ContentScriptContext): void {
  const global = globalThis as { [CONTEXTS]?: Set<string> };
  global[CONTEXTS] ??= new Set();
  const ours = global[CONTEXTS];
  // WXT keeps the id private; it is what its event names.
  const id = (ctx as unknown as { id: string }).id;
  ours.add(id);
  ctx.onInvalidated(() => ours.delete(id));
  const verify = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event) => {
    const named = (event.detail as { messageId?: unknown } | null)?.messageId;
    if (verify(event) && typeof named === 'string') queueMicrotask(() => ours.has(named) && ctx.notifyInvalidated());
    return false;
  };
}
