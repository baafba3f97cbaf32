/**
 * Firefox for browser tests, driven over WebDriver BiDi (there is no geckodriver here, and
 * playwright-core's Firefox needs a patched build): firefox-esr headless with a fresh profile,
 * the `ws` client, and the few BiDi commands the smoke test needs (TOOLCHAIN.md).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `wxt build -b firefox --mode test` writes here: the Firefox build that also runs on 127.0.0.1. */
export const FIREFOX_TEST_EXTENSION = join(ROOT, '.output/firefox-mv2-test');

/** Builds the Firefox test extension when it is missing or older than the Chrome test build (which ensureTestBuild keeps fresh). */
export function ensureFirefoxTestBuild(chromeBuild: string): string {
  const built = join(FIREFOX_TEST_EXTENSION, 'manifest.json');
  if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(chromeBuild, 'manifest.json')).mtimeMs) {
    const run = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test'], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('the Firefox test build failed');
  }
  return FIREFOX_TEST_EXTENSION;
}

/** Quiet start: no first-run pages, update checks or telemetry on a machine without internet. */
const PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.newtabpage.enabled': false,
};

export interface Firefox {
  /** Sends a BiDi command and resolves to its result (rejects on a BiDi error). */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  /** Evaluates `expression` in the page of `context` and returns its value (JSON-serialized through the page). */
  evaluate<T>(context: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Preferences over PREFS. */
  prefs?: Record<string, string | number | boolean>;
  /** Lets BiDi open the extension's own pages (moz-extension:), which it refuses otherwise. */
  systemAccess?: boolean;
}

/** Starts headless Firefox with a fresh profile and opens a BiDi session. */
export async function launchFirefox({ prefs = {}, systemAccess = false }: FirefoxOptions = {}): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries({ ...PREFS, ...prefs })
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );
  const flags = ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', ...(systemAccess ? ['--remote-allow-system-access'] : [])];
  const child: ChildProcess = spawn(FIREFOX, flags, {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start: ${seen}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}): ${seen}`)));
  });
  const socket = new WebSocket(`${address}/session`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 0;
  const waiting = new Map<number, { method: string; resolve(v: unknown): void; reject(e: Error): void }>();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    const call = message.id === undefined ? undefined : waiting.get(message.id);
    if (!call || message.id === undefined) return;
    waiting.delete(message.id);
    if (message.type === 'error') call.reject(new Error(`${call.method}: ${message.error}: ${message.message}`));
    else call.resolve(message.result);
  });
  const send = <T>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { method, resolve: resolve as (v: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  return {
    send,
    async evaluate<T>(context: string, expression: string) {
      const reply = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`,
        target: { context },
        awaitPromise: true,
      });
      if (reply.type !== 'success') throw new Error(`evaluate failed: ${reply.exceptionDetails?.text}`);
      return JSON.parse(reply.result?.value ?? 'null') as T;
    },
    async close() {
      await send('browser.close', {}).catch(() => undefined);
      socket.close();
      await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns true, or fails after `timeout` ms. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}
