/**
 * The user's KB as the layer lookups put over the bundled KB and the packs (user-corpus.ts), stored
 * built in the user's database (user-store.ts `keepKb`) so that a worker's start reads it instead
 * of building it: its index at once, as a pack's, its records from their shards when a card needs
 * them. The stored copy is keyed by what it was built from (lib/kb/user-kb.ts `userKbKey`: the
 * corpus's version, bumped with every change, the state version and the extension's version), so a
 * stale copy is never read. Missing or stale, it is built in the background
 * (lib/user-corpus/background-build.ts), a batch of states at a time, and lookups answer without
 * it meanwhile: marks never wait for a build.
 */
import type { KbIndex } from '~/lib/kb/kb-index';
import { createShardedKbIndex } from '~/lib/kb/sharded-index';
import { type ShardedIndex, shardFiles, toShardsSteps } from '~/lib/kb/shards';
import { userKbKey } from '~/lib/kb/user-kb';
import { runStepsPausing } from '~/lib/steps';
import { createBackgroundBuild } from '~/lib/user-corpus/background-build';
import { USER_KB_MEASURE, type UserKbSource } from './kb-timing';
import type { UserStore } from './user-store';

/** Files of the shards folder turned into JSON text between two pauses of a build. */
const FILES_PER_PAUSE = 50;
/**
 * Chrome stops a worker that has had no event nor extension API call for 30 s, even one busy
 * building: a build of a large corpus calls a cheap API this often to keep its worker.
 */
const KEEP_ALIVE_MS = 20_000;

export interface UserLayer {
  /**
   * The user's KB as it is now (null without articles), or undefined while it is being built: never
   * waits for a build.
   */
  now(): Promise<{ value: KbIndex | null } | undefined>;
  /** The user's KB as it is now, once read or built. */
  built(): Promise<KbIndex | null>;
  /** The corpus changed: the stored copy is stale, and the KB is built again. */
  changed(): void;
  /** An import is committing, chunk after chunk: its changes are built once, when it is released. */
  hold(importId: string): void;
  release(importId: string): void;
  /** Why the last KB built could not be stored (a full disk), in words for the reader; null when it was. */
  storeError(): string | null;
}

/**
 * `build`: the extension's version (its code builds the KB); `keepAlive`: a cheap extension API
 * call (user-corpus.ts). Takes them, with the store, so tests run it in node.
 */
export function createUserLayer(store: UserStore, build: string, keepAlive: () => Promise<unknown>): UserLayer {
  let notStored: string | null = null;
  const measure = (start: number, from: UserKbSource, index: KbIndex | null) =>
    performance.measure(USER_KB_MEASURE, { start, detail: { from, articles: index?.counts.articles ?? 0 } });
  /** The index over a stored copy: its files read from the database as cards need them. */
  const opened = (index: ShardedIndex) => createShardedKbIndex(index, (file) => store.kbFile(file));

  /** The stored copy of the corpus as it is now, if there is one: undefined when it is missing or stale. */
  async function read(): Promise<{ corpus: number; key: string; copy?: { value: KbIndex | null } }> {
    const start = performance.now();
    const corpus = store.corpusVersion();
    const key = Promise.all([corpus, store.stateVersion()]).then(([c, states]) => userKbKey({ corpus: c, states, build }));
    const stored = await store.storedKb(key);
    const known = { corpus: await corpus, key: await key };
    if (stored === undefined) return known;
    const value = stored && opened(stored);
    measure(start, 'stored', value);
    return { ...known, copy: { value } };
  }

  const builder = createBackgroundBuild<KbIndex | null>(
    async ({ pause }) => {
      const { corpus, key, copy } = await read();
      if (copy) return copy.value;
      const start = performance.now();
      const alive = setInterval(() => void keepAlive().catch(() => undefined), KEEP_ALIVE_MS);
      try {
        const kb = await store.kb(pause);
        await pause();
        const sharded = kb && (await runStepsPausing(toShardsSteps(kb), pause));
        const files: [string, string][] = [];
        for (const [file, content] of sharded ? shardFiles(sharded) : []) {
          files.push([file, JSON.stringify(content)]);
          if (files.length % FILES_PER_PAUSE === 0) await pause();
        }
        await pause();
        let index: KbIndex | null = null;
        try {
          // Stored, it is read back as a cold worker reads it, and this worker keeps no copy of its records.
          await store.keepKb(corpus, key, sharded?.index ?? null, files);
          notStored = null;
          index = sharded && opened(sharded.index);
        } catch (error) {
          // Not stored: the KB is used from memory all the same, and built again at the next start.
          notStored = error instanceof Error ? error.message : String(error);
          console.warn('Backstory: your knowledge base could not be stored built:', error);
          const text = new Map(files);
          index = sharded && createShardedKbIndex(sharded.index, async (file) => JSON.parse(text.get(file) ?? 'null'));
        }
        measure(start, 'built', index);
        return index;
      } finally {
        clearInterval(alive);
      }
    },
    { onError: (error) => console.error('Backstory: building your knowledge base failed', error) },
  );

  return {
    now: () => builder.open(async () => (await read()).copy),
    built: () => builder.built(),
    changed: () => builder.changed(),
    hold: (importId) => builder.hold(importId),
    release: (importId) => builder.release(importId),
    storeError: () => notStored,
  };
}
