/**
 * scripts/dask-build.py on a real Dask cluster: a scheduler and two worker processes started on
 * 127.0.0.1 (Debian's python3-distributed, which CI installs). The KB it writes is, byte for byte,
 * the one `backstory build` writes from the same partitions on one machine. Skipped where Dask is
 * not installed.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled, goldDocuments } from '../corpus/gold';

const ROOT = new URL('../..', import.meta.url).pathname;
/** A Python that has Dask (Debian's, when another python3 comes first on the PATH), or none. */
const PYTHON = ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
const hasDask = PYTHON !== undefined && spawnSync('dask', ['--version'], { stdio: 'ignore' }).status === 0;
/** Starting a scheduler and its workers takes seconds; a minute means they never will. */
const START_TIMEOUT_MS = 60_000;

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, maxBuffer: 64 * 2 ** 20, env: { ...process.env, CI: '1' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });
}

/** Starts `dask ARGS` and resolves once its log says `ready` (a regex whose group 1 is what to return). */
function startDask(args: string[], ready: RegExp, processes: ChildProcess[]): Promise<string> {
  const child = spawn('dask', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  processes.push(child);
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`dask ${args[0]} did not start within ${START_TIMEOUT_MS / 1000} s:\n${log}`)), START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = ready.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(found[1] ?? '');
      }
    });
    child.on('exit', (code) => reject(new Error(`dask ${args[0]} exited (${code}):\n${log}`)));
  });
}

describe.skipIf(!hasDask)('scripts/dask-build.py on a Dask scheduler with two workers (skipped without python3-distributed)', () => {
  const processes: ChildProcess[] = [];
  let scheduler: string;
  let dir: string;
  let corpus: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstory-dask-'));
    corpus = join(dir, 'corpus.jsonl');
    await writeFile(corpus, `${goldDocuments.map((g) => JSON.stringify({ text: bundled(g.file) })).join('\n')}\n`);
    scheduler = await startDask(
      ['scheduler', '--host', '127.0.0.1', '--port', '0', '--dashboard-address', ':0', '--no-show'],
      /Scheduler at:\s+(tcp:\/\/\S+)/,
      processes,
    );
    const workers = startDask(['worker', scheduler, '--nworkers', '2', '--nthreads', '1', '--no-dashboard'], /Registered to:/, processes);
    await workers;
  }, START_TIMEOUT_MS * 2);

  // Each process is stopped and waited for (a worker closes its nanny's processes first); one that will not stop is killed.
  afterAll(
    () =>
      Promise.all(
        processes.map(
          (p) =>
            new Promise<void>((resolve) => {
              if (p.exitCode !== null || p.signalCode !== null) return resolve();
              const kill = setTimeout(() => p.kill('SIGKILL'), 20_000);
              p.once('exit', () => {
                clearTimeout(kill);
                resolve();
              });
              p.kill();
            }),
        ),
      ),
    30_000,
  );

  it('writes the KB `backstory build` writes from the same partitions', async () => {
    const parts = join(dir, 'parts');
    await run(PYTHON as string, [
      'scripts/dask-build.py',
      '--scheduler',
      scheduler,
      '--partitions',
      '2',
      '--write-partitions',
      parts,
      '--out',
      join(dir, 'dask.json'),
      corpus,
    ]);
    const files = (await readdir(parts)).sort();
    expect(files).toEqual(['part-0000.jsonl', 'part-0001.jsonl']);
    await run('node', ['cli/backstory.mjs', 'build', ...files.map((f) => join(parts, f)), '--out', join(dir, 'one-machine.json')]);
    const kb = await readFile(join(dir, 'dask.json'), 'utf8');
    expect(JSON.parse(kb).documents).toHaveLength(goldDocuments.length);
    expect(kb).toBe(await readFile(join(dir, 'one-machine.json'), 'utf8'));
  }, 300_000);

  it('stops naming the partition that failed, and writes no KB', async () => {
    const out = join(dir, 'failed.json');
    await expect(
      run(PYTHON as string, ['scripts/dask-build.py', '--scheduler', scheduler, '--backstory', join(dir, 'no-such-cli.mjs'), '--out', out, corpus]),
    ).rejects.toThrow(/partition part-000\d\.jsonl: backstory extract .*failed.*no KB written/s);
    expect(existsSync(out)).toBe(false);
  }, 300_000);
});
