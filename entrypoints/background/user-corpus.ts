/**
 * The background's user corpus: the one store, the index lookups see (the bundled KB, the loaded
 * packs over it, and the user's KB over them), and imports staged until the options page commits them (import-staging.ts).
 */
import type { Browser } from 'wxt/browser';
import type { KbIndex } from '~/lib/kb/kb-index';
import { layerIndexes, layerIndexOver } from '~/lib/kb/layer';
import type { Kb } from '~/lib/kb/schema';
import { kbResolver } from '~/lib/match/kb-resolver';
import { IMPORT_PORT_PREFIX } from '~/lib/messages';
import type { CommitStep } from '~/lib/user-corpus/import-report';
import type { AddResult, UserArticle } from '~/lib/user-corpus/user-article';
import { createImportStaging } from './import-staging';
import { loadKb } from './kb';
import { forgetPacks, loadPacks } from './packs';
import { USER_DB_NAME } from './user-db';
import { createUserStore } from './user-store';

// The user's articles are read against the bundled KB, so their names land on its entities.
export const userStore = createUserStore(USER_DB_NAME, async () => kbResolver(await loadKb()));

let user: Promise<Kb | null> | null = null;
let layered: Promise<KbIndex> | null = null;

/** The user's KB (null without articles), built once after each change. */
export function userKb(): Promise<Kb | null> {
  user ??= userStore.kb().catch((error: unknown) => {
    user = null;
    throw error;
  });
  return user;
}

/** The index every lookup uses: bundled, packs, user, rebuilt only after the user's corpus or the packs changed. */
export function lookupIndex(): Promise<KbIndex> {
  layered ??= Promise.all([loadKb(), loadPacks(), userKb()])
    .then(([bundled, packs, user]) =>
      layerIndexes(
        packs.reduce((base, pack) => layerIndexOver(base, pack.index), bundled),
        user,
      ),
    )
    .catch((error: unknown) => {
      layered = null;
      throw error;
    });
  return layered;
}

/** After any change to the user's corpus: the next lookup sees it. */
function changed<T>(result: T): T {
  user = null;
  layered = null;
  return result;
}

/** After a pack was loaded or removed: the next lookup reads the packs again. */
export function packsChanged(): void {
  forgetPacks();
  layered = null;
}

export const addArticles = async (articles: readonly UserArticle[]): Promise<AddResult> => changed(await userStore.add(articles));
export const removeArticle = async (id: string): Promise<boolean> => changed(await userStore.remove(id));

/** Imports whose pages hold their port (holdImport). */
const held = new Set<string>();
const staging = createImportStaging(userStore, (importId) => held.has(importId));

export const beginImport = (importId: string): Promise<void> => staging.begin(importId);
export const stageImport = (importId: string, articles: readonly UserArticle[]): Promise<void> => staging.stage(importId, articles);
/** Each chunk stored changes the corpus: the next lookup sees it. */
export const commitImport = async (importId: string): Promise<CommitStep> => changed(await staging.commit(importId));
/** Cancelled, or its page went: dropped before its commit, finished after it started. */
export const releaseImport = (importId: string): Promise<void> => staging.release(importId).then(changed);
/** As the background starts: finishes the commits a stopped background left halfway. */
export const resumeImports = (): Promise<void> => staging.resume().then(changed);

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
