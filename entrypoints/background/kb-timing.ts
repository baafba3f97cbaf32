/**
 * The User Timing measure of the KB's load in the service worker (kb.ts writes it): from the
 * load's start (its `startTime`, in ms since the worker started) to the index ready
 * (`startTime + duration`); its `detail.from` says where the index was read (KbLoadSource). `npm run bench` reads it from the worker (bench/worker.bench.ts). It
 * stays in the worker's own performance timeline, where no page can see it, and is never sent.
 * A module of its own, free of imports, so node-side benches and tests can name it.
 */
export const KB_LOAD_MEASURE = 'backstory:kb-load';

/** Where the KB's load read it: the extension's file, or the copy of a sharded index kept in OPFS (kb-cache.ts). */
export type KbLoadSource = 'extension' | 'copy';

/** The same for the loaded packs (packs.ts): from the start of reading them to every pack's index ready. */
export const PACKS_LOAD_MEASURE = 'backstory:packs-load';

/**
 * The last entity card the worker answered: from the request to its data ready, `detail.id` its
 * entity. Only the last is kept. A browser test reads it to see a card asked for during the
 * dwell (content/card-loaders.ts `prefetch`); `npm run bench` reads it too.
 */
export const CARD_MEASURE = 'backstory:card';

/**
 * The user's KB (user-layer.ts) ready in the worker: `detail.from` says whether it was read from
 * its stored copy ('stored', from the start of that read) or built from the stored article states
 * ('built', from the build's start, once per build); `detail.articles` how many articles it holds.
 * A test tells by it that a start read the copy and built nothing.
 */
export const USER_KB_MEASURE = 'backstory:user-kb';

export type UserKbSource = 'stored' | 'built';
