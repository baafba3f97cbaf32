/**
 * The background's user corpus: the one store, the index lookups see (the bundled KB, the loaded
 * packs over it, and the user's KB over them), and imports staged until the options page commits them (import-staging.ts).
 */
import { type Browser, browser } from 'wxt/browser';
import type { KbIndex } from '~/lib/kb/kb-index';
import { layerIndexOver } from '~/lib/kb/layer';
import { kbResolver } from '~/lib/match/kb-resolver';
import { IMPORT_PORT_PREFIX } from '~/lib/messages';
import type { CommitStep } from '~/lib/user-corpus/import-report';
import type { AddResult, UserArticle } from '~/lib/user-corpus/user-article';
import { createImportStaging } from './import-staging';
import { loadKb } from './kb';
import { forgetPacks, loadPacks } from './packs';
import { USER_DB_NAME } from './user-db';
import { createUserLayer } from './user-layer';
import { createUserStore } from './user-store';

// The user's articles are read against the bundled KB, so their names land on its entities.
export const userStore = createUserStore(USER_DB_NAME, async () => kbResolver(await loadKb()));

/** The user's KB over the others: read from its stored copy, or built in the background (user-layer.ts). */
export const userLayer = createUserLayer(userStore, browser.runtime.getManifest().version, () => browser.runtime.getPlatformInfo());

let base: Promise<KbIndex> | null = null;
let layered: { base: KbIndex; user: KbIndex; index: KbIndex } | undefined;

/** The bundled KB with the loaded packs over it, read once per worker (again after the packs changed). */
function baseIndex(): Promise<KbIndex> {
  base ??= Promise.all([loadKb(), loadPacks()])
    .then(([bundled, packs]) => packs.reduce((under, pack) => layerIndexOver(under, pack.index), bundled))
    .catch((error: unknown) => {
      base = null;
      throw error;
    });
  return base;
}

/**
 * The user's KB as it is now ({ value: null } without articles), or undefined while it is being
 * built; a failure to read it leaves lookups without it, never without marks.
 */
const userNow = () =>
  userLayer.now().catch((error: unknown) => {
    console.error('Backstory: your knowledge base cannot be read; pages are marked without it', error);
    return { value: null };
  });

/** The index a lookup uses, and whether the user's KB was left out of it because it is being built. */
export interface Lookup {
  index: KbIndex;
  withoutUser: boolean;
}

/**
 * The index every lookup uses: bundled, packs, and the user's KB over them once it is ready. A
 * lookup never waits for the user's KB to be built (after a change, or a start that found no
 * stored copy of the corpus as it is): it answers from the others meanwhile (`withoutUser`), and
 * the next lookup after the build sees it.
 */
export async function lookup(): Promise<Lookup> {
  const [under, user] = await Promise.all([baseIndex(), userNow()]);
  if (!user?.value) return { index: under, withoutUser: !user };
  if (layered?.base !== under || layered.user !== user.value) layered = { base: under, user: user.value, index: layerIndexOver(under, user.value) };
  return { index: layered.index, withoutUser: false };
}

export const lookupIndex = async (): Promise<KbIndex> => (await lookup()).index;

/** After a pack was loaded or removed: the next lookup reads the packs again. */
export function packsChanged(): void {
  forgetPacks();
  base = null;
}

export async function addArticles(articles: readonly UserArticle[]): Promise<AddResult> {
  const result = await userStore.add(articles);
  userLayer.changed();
  return result;
}

export async function removeArticle(id: string): Promise<boolean> {
  const removed = await userStore.remove(id);
  if (removed) userLayer.changed();
  return removed;
}

/**
 * Runs `work` (an import's storing) holding the user's KB: it is built once, after the last chunk
 * (`done`), not after each. `changes` says whether the work stored anything; a failed one may have.
 */
async function holding<T>(importId: string, work: () => Promise<T>, done: (result: T) => boolean, changes: (result: T) => boolean): Promise<T> {
  userLayer.hold(importId);
  let result: { value: T } | undefined;
  try {
    result = { value: await work() };
    return result.value;
  } finally {
    if (!result || changes(result.value)) userLayer.changed();
    if (!result || done(result.value)) userLayer.release(importId);
  }
}

const always = () => true;

/** Imports whose pages hold their port (holdImport). */
const held = new Set<string>();
const staging = createImportStaging(userStore, (importId) => held.has(importId));

/** Begins an import; commits that pages left halfway are finished first (the corpus changed then). */
export const beginImport = async (importId: string): Promise<void> => {
  if (await staging.begin(importId)) userLayer.changed();
};
export const stageImport = (importId: string, articles: readonly UserArticle[]): Promise<void> => staging.stage(importId, articles);
/** Each chunk stored changes the corpus; the user's KB is built again after the last (or a failed) one. */
export const commitImport = (importId: string): Promise<CommitStep> =>
  holding(
    importId,
    () => staging.commit(importId),
    (step) => step.done,
    always,
  );
/** Cancelled, or its page went: dropped before its commit, finished after it started. */
export const releaseImport = async (importId: string): Promise<void> => {
  await holding(
    importId,
    () => staging.release(importId),
    always,
    (committed) => committed,
  );
};
/** As the background starts: finishes the commits a stopped background left halfway. */
export const resumeImports = async (): Promise<void> => {
  await holding(
    'resumed imports',
    () => staging.resume(),
    always,
    (resumed) => resumed,
  );
};

/**
 * Ties an import to the page running it: when the page goes (closed, reloaded, crashed) its port
 * disconnects and the import is released. A page whose port the background's stop closed
 * connects again (ImportPanel.tsx).
 */
export function holdImport(port: Browser.runtime.Port): void {
  if (!port.name.startsWith(IMPORT_PORT_PREFIX)) return;
  const importId = port.name.slice(IMPORT_PORT_PREFIX.length);
  held.add(importId);
  port.onDisconnect.addListener(() => {
    held.delete(importId);
    releaseImport(importId).catch((error: unknown) => console.error('Backstory: releasing an import failed', error));
  });
}
