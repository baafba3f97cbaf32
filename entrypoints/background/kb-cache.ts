/**
 * A copy of a sharded KB's index in the Origin Private File System. In Chromium's service worker,
 * reading an extension file of several MB is slow (the world KB's 7.4 MB index took about 300 ms
 * as bytes, 600 ms as text), while the same bytes come from OPFS in about 45 ms
 * (BENCHMARKS.md): so the first start reads the extension's file and keeps a copy, and later
 * starts read the copy. Each copy is named by its index's id (shards.ts), so an update's new index
 * is never answered with an old copy; older copies are deleted when a new one is written. Where
 * OPFS is missing or fails, the worker reads the extension's file, as before.
 */
const PREFIX = 'kb-index-';

const fileOf = (id: string) => `${PREFIX}${id}.json`;

/** The copy of index `id`, or null when there is none (or no OPFS). */
export async function readIndexCopy(id: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const root = await navigator.storage.getDirectory();
    const file = await (await root.getFileHandle(fileOf(id))).getFile();
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}

/** Keeps `bytes` as the copy of index `id` and deletes other copies. Failures are ignored: the copy only saves time. */
export async function keepIndexCopy(id: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  try {
    const root = await navigator.storage.getDirectory();
    // A writable's bytes replace the file only when it closes: a worker stopped mid-write leaves no half copy.
    const writable = await (await root.getFileHandle(fileOf(id), { create: true })).createWritable();
    await writable.write(bytes);
    await writable.close();
    const older: string[] = [];
    for await (const name of root.keys()) if (name.startsWith(PREFIX) && name !== fileOf(id)) older.push(name);
    for (const name of older) await root.removeEntry(name);
  } catch {
    // No OPFS here (or no room): the next start reads the extension's file again.
  }
}

/** Deletes the copy of index `id`: it did not parse. */
export async function dropIndexCopy(id: string): Promise<void> {
  try {
    await (await navigator.storage.getDirectory()).removeEntry(fileOf(id));
  } catch {
    // Gone already.
  }
}
