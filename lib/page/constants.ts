/**
 * Every timing and batch size of the content script, each with why it has its value
 * (Wikipedia Page Previews keeps its delays the same way).
 */

/**
 * How long the pointer rests on a mark before its card opens. Page Previews found that cards
 * opening on every pass of the pointer annoy readers and settled on 500 ms; 400 ms still lets
 * a pointer cross a line of marks without opening anything, and feels less sluggish on
 * deliberate hovers.
 */
export const HOVER_DWELL_MS = 400;

/** How long the card stays after the pointer leaves mark and card: enough to cross the gap between them (Page Previews: 300 ms). */
export const HOVER_GRACE_MS = 300;

/**
 * Mutations are collected for this long after the last one before the page is rescanned:
 * a framework re-render or an infinite-scroll append arrives as dozens of records within a
 * few frames, and one rescan of all of them is cheaper than one per record.
 */
export const MUTATION_QUIET_MS = 250;

/** ...but a page that never stops changing (a live ticker every 100 ms) is still rescanned this often. */
export const MUTATION_MAX_WAIT_MS = 1000;

/**
 * Characters of page text per annotate message: about 3,000 words, some 75 ms of matcher time
 * in the background (about half of compromise's default parse: BENCHMARKS.md), so on a
 * 50,000-word page the first marks show at once and the rest follow, and no message is large.
 */
export const BATCH_CHARS = 20_000;

/**
 * Main-thread time the content script takes before it yields to the page while reading a long
 * article: well under the 50 ms of a long task, so scrolling and typing stay smooth even on a
 * 50,000-word page (whose full read takes some 30-40 ms on our 2-core machines).
 */
export const SLICE_MS = 8;

/** How long a mention stays flashed after the popup or the keyboard jumps to it. */
export const FLASH_MS = 1500;

/**
 * Paragraph text a region needs to count as an article. A home page, a search page or a
 * sign-in form has less, and Backstory stays out of it.
 */
export const MIN_ARTICLE_CHARS = 400;

/** Distance in CSS pixels the pointer may be off a mark's text box and still be on it (sub-pixel line boxes). */
export const HIT_SLOP_PX = 1;

/**
 * How much of the paragraph text around it an element must hold to be the page or its article
 * rather than chrome beside it, whatever its class says ("has-big-ad" on <html>, "paywall" on
 * <body>, a "two-col-sidebar" layout wrapper: the real pages' wrappers hold 97-100%). A comment
 * thread or a list of teasers holds less, even under a short story: half is not enough.
 */
export const WRAPPER_SHARE = 0.8;
