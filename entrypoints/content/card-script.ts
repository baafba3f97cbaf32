import type { createCardUi } from './card-ui';

/**
 * The card (Preact, Floating UI, the shadow-root UI and its styles) is a script of its own,
 * `/card.js`, that the background injects into the page's content-script world on the first
 * hover: pages where no card opens never load or evaluate it, and the always-on content script
 * stays small. The script leaves its factory under this key on the world's global.
 */
export const CARD_FACTORY = Symbol.for('backstory.card-ui');

export const CARD_SCRIPT = '/card.js';

export type CardFactory = typeof createCardUi;

export type CardGlobal = { [CARD_FACTORY]?: CardFactory };
