import { browser } from 'wxt/browser';
import { applyCorrection, type Correction, type Refusals, refusalsOf } from '~/lib/match/corrections';

/** storage.local key: hostname → the links the reader refused there, oldest first. Nothing leaves the machine. */
const CORRECTIONS_KEY = 'corrections';

type ByHost = Record<string, Correction[]>;

/** The background is the only writer, so the copy in memory stays true until the worker stops. */
let cache: Promise<ByHost> | null = null;

function all(): Promise<ByHost> {
  cache ??= browser.storage.local.get(CORRECTIONS_KEY).then((stored) => (stored[CORRECTIONS_KEY] as ByHost | undefined) ?? {});
  return cache;
}

/** The reader's corrections on `host`, oldest first. */
export async function correctionsOn(host: string): Promise<Correction[]> {
  return (await all())[host] ?? [];
}

/** What the matcher must refuse on `host`. */
export async function refusalsOn(host: string): Promise<Refusals> {
  return refusalsOf(await correctionsOn(host));
}

/** Records (or, with `undo`, takes back) a correction on `host`; answers the host's corrections after it. */
export async function correct(host: string, correction: Correction, undo: boolean): Promise<Correction[]> {
  const byHost = { ...(await all()) };
  const next = applyCorrection(byHost[host] ?? [], correction, undo);
  if (next.length) byHost[host] = next;
  else delete byHost[host];
  await browser.storage.local.set({ [CORRECTIONS_KEY]: byHost });
  cache = Promise.resolve(byHost);
  return next;
}
