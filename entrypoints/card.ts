import { CARD_FACTORY, type CardGlobal } from './content/card-script';
import { createCardUi } from './content/card-ui';

/** `/card.js`: injected by the background on the first hover (see content/card-script.ts); hands the content script its card factory. */
export default defineUnlistedScript(() => {
  (globalThis as CardGlobal)[CARD_FACTORY] = createCardUi;
});
