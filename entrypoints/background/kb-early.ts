/**
 * The KB's two first reads, started as the background's script begins (start-kb-reads.ts): before
 * the rest of the script evaluates (about 100 ms of a cold worker's start, BENCHMARKS.md), so the
 * reads, done outside the script's thread, overlap it. Only what these reads need is imported here.
 */
import { browser } from 'wxt/browser';
import { readIndexCopy } from './kb-cache';

/** Where `npm run kb` writes the bundled KB (public/kb/bundled.json), as WXT copies it into the extension. */
export const BUNDLED_KB_PATH = '/kb/bundled.json';

// Typed as any path: the files are written by `npm run kb`, so WXT may not have seen them when it generated its path types.
export const extensionUrl = (path: string) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);

/** The extension's KB file as it opens, and the OPFS copy of a sharded index (kb-cache.ts). */
export interface KbReads {
  response: Promise<Response>;
  copy: Promise<Uint8Array<ArrayBuffer> | null>;
}

const startReads = (): KbReads => ({ response: fetch(extensionUrl(BUNDLED_KB_PATH)), copy: readIndexCopy() });

let early: KbReads | null = null;

/** Starts the reads now (start-kb-reads.ts, the background's first import). */
export function startKbReads(): void {
  early ??= startReads();
  // A failure is met by the load that takes these reads (kb.ts); until then it is no unhandled rejection.
  early.response.catch(() => undefined);
}

/** The reads started with the script, the first time; fresh ones after, or without it (a load that failed is tried again from the start). */
export function takeKbReads(): KbReads {
  const reads = early ?? startReads();
  early = null;
  return reads;
}
