/**
 * The extension's service worker under the DevTools Protocol, for bench/worker.bench.ts: stop it,
 * start it, follow its running status, and run commands in it (Runtime, HeapProfiler).
 *
 * Stopping and starting are the ServiceWorker domain of a page session (the browser session has
 * no such domain). Playwright's Worker can evaluate scripts but reaches no other domain, and
 * `newCDPSession` takes only pages and frames: so a browser session attaches to the worker's
 * target and talks to it through `Target.sendMessageToTarget`.
 */
import type { BrowserContext } from 'playwright-core';

/** Stopping or starting a worker takes well under a second here; more means something is wrong. */
const STATUS_TIMEOUT_MS = 30_000;
/** A command in the worker: a forced garbage collection of a large heap can take seconds. */
const COMMAND_TIMEOUT_MS = 60_000;

/** The fields of the ServiceWorker domain's `ServiceWorkerVersion` read here. */
interface Version {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
  /** Its life cycle: 'new', 'installing', 'installed', 'activating', 'activated', 'redundant'. */
  status: string;
  targetId?: string;
}

export interface ServiceWorkerControl {
  /** Stops the worker and waits until it is stopped. */
  stop(): Promise<void>;
  /** Throws unless the worker is still stopped: nothing but the next step may wake it. */
  assertStopped(): void;
  /** Starts the worker with no event to handle (`ServiceWorker.startWorker`) and waits until it runs. */
  start(): Promise<void>;
  /**
   * Waits until the worker runs (started by whatever woke it); gives when the browser reported it
   * running, that is its script evaluated, in ms since the epoch (the clock of `performance.timeOrigin`).
   */
  running(): Promise<number>;
  /** The value of `expression` in the running worker (awaited when it is a promise). */
  evaluate<T>(expression: string): Promise<T>;
  /** The running worker's JS heap in bytes after a full garbage collection: what it keeps. */
  heapAfterGc(): Promise<number>;
  /** The running worker's JS heap in bytes as it is (no collection first): a sample of its peak. */
  heapUsed(): Promise<number>;
  close(): Promise<void>;
}

/** Rejects with `message` unless `promise` settles within `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Control of the service worker of extension `extensionId`, loaded in `context` (Chromium). */
export async function controlServiceWorker(context: BrowserContext, extensionId: string): Promise<ServiceWorkerControl> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context: the service-worker bench needs Chromium launched by playwright');
  const scope = `chrome-extension://${extensionId}/`;
  // A blank tab of the same profile hosts the ServiceWorker domain, which sees every registration of its storage partition.
  const blank = await context.newPage();
  const pageSession = await context.newCDPSession(blank);
  const browserSession = await browser.newBrowserCDPSession();
  let version: Version | null = null;
  /** When the browser last reported the worker running (its script evaluated), in ms since the epoch. */
  let runningSince = 0;
  const waiters = new Set<() => void>();
  pageSession.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions as Version[]) {
      if (!v.scriptURL.startsWith(scope)) continue;
      if (v.runningStatus === 'running' && version?.runningStatus !== 'running') runningSince = Date.now();
      version = v;
    }
    for (const check of waiters) check();
  });
  await pageSession.send('ServiceWorker.enable');

  /**
   * Resolves once the worker is activated and `status`. Stopping it before it is activated (while
   * the extension installs) makes it redundant: the extension would have no background at all.
   */
  function until(...statuses: Version['runningStatus'][]): Promise<void> {
    const reached = new Promise<void>((done) => {
      const check = () => {
        if (version?.status !== 'activated' || !statuses.includes(version.runningStatus)) return;
        waiters.delete(check);
        done();
      };
      waiters.add(check);
      check();
    });
    const now = () => (version ? `${version.runningStatus}, ${version.status}` : 'not registered');
    return within(
      reached,
      STATUS_TIMEOUT_MS,
      `the service worker of ${scope} was not activated and ${statuses.join(' or ')} within ${STATUS_TIMEOUT_MS / 1000} s`,
    ).catch((error: Error) => {
      throw new Error(`${error.message} (it is ${now()})`);
    });
  }

  let nextId = 0;
  const replies = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  browserSession.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply);
  });

  /** Sends `method` to the running worker on a session of its own, attached for this command only. */
  async function inWorker<T>(method: string, params: object = {}): Promise<T> {
    const targetId = version?.runningStatus === 'running' ? version.targetId : undefined;
    if (!targetId) throw new Error(`cannot send ${method}: the service worker of ${scope} is not running`);
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((done) => replies.set(id, done));
    try {
      await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      const { result, error } = await within(
        reply,
        COMMAND_TIMEOUT_MS,
        `${method} got no answer from the service worker within ${COMMAND_TIMEOUT_MS / 1000} s`,
      );
      if (error) throw new Error(`${method} in the service worker: ${error.message}`);
      return result as T;
    } finally {
      replies.delete(id);
      await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  return {
    async stop() {
      await until('running', 'stopped');
      if (version?.runningStatus === 'stopped') return;
      await pageSession.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
    },
    assertStopped() {
      if (version?.runningStatus !== 'stopped') throw new Error(`the service worker of ${scope} woke up on its own (${version?.runningStatus})`);
    },
    async start() {
      await pageSession.send('ServiceWorker.startWorker', { scopeURL: scope });
      await until('running');
    },
    running: () => until('running').then(() => runningSince),
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await inWorker<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`${expression} threw in the service worker: ${exceptionDetails.text}`);
      return result.value;
    },
    async heapAfterGc() {
      await inWorker('HeapProfiler.collectGarbage');
      return (await inWorker<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    },
    async heapUsed() {
      return (await inWorker<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    },
    async close() {
      await browserSession.detach().catch(() => undefined);
      await pageSession.detach().catch(() => undefined);
      await blank.close().catch(() => undefined);
    },
  };
}
