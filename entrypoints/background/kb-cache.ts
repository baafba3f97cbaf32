/**
 * A copy of a sharded KB's index in the Origin Private File System. In Chromium's service worker,
 * reading an extension file of several MB is slow (the world KB's 7.4 MB index took about 300 ms
 * as bytes, 600 ms as text), while the same bytes come from OPFS in about 45 ms
 * (BENCHMARKS.md): so the first start reads the extension's file and keeps a copy, and later
 * starts read the copy. There is one copy, under one name, so a start reads it while the
 * extension's file is still opening; the index's id in its first bytes (shards.ts
 * `idOfIndexText`) tells whether it is this build's, so an update's new index is never answered
 * with an old copy. Where OPFS is missing or fails, the worker reads the extension's file, as before.
 */
const COPY = 'kb-index.json';
/** Copies of earlier versions were named by their index's id ("kb-index-<id>.json"): deleted when a copy is written. */
const OLDER = 'kb-index-';

/** The copy, or null when there is none (or no OPFS). An empty file (a write cut short) is none. */
export async function readIndexCopy(): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const root = await navigator.storage.getDirectory();
    const bytes = new Uint8Array(await (await (await root.getFileHandle(COPY)).getFile()).arrayBuffer());
    return bytes.length ? bytes : null;
  } catch {
    return null;
  }
}

/** Keeps `bytes` as the copy. Failures are ignored: the copy only saves time. */
export async function keepIndexCopy(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  try {
    const root = await navigator.storage.getDirectory();
    // A writable's bytes replace the file only when it closes: a worker stopped mid-write leaves the file empty, never half written.
    const writable = await (await root.getFileHandle(COPY, { create: true })).createWritable();
    await writable.write(bytes);
    await writable.close();
    const older: string[] = [];
    for await (const name of root.keys()) if (name.startsWith(OLDER)) older.push(name);
    for (const name of older) await root.removeEntry(name);
  } catch {
    // No OPFS here (or no room): the next start reads the extension's file again.
  }
}

/** Deletes the copy: it did not parse. */
export async function dropIndexCopy(): Promise<void> {
  try {
    await (await navigator.storage.getDirectory()).removeEntry(COPY);
  } catch {
    // Gone already.
  }
}
