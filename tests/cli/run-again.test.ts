/** `backstory build` and `merge` run themselves again with a larger young generation (cli/backstory.mjs): the second run is the one that works, and a signal to the first ends both. */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../../cli/backstory.mjs', import.meta.url).pathname;

/** The command lines of the running processes (Linux's /proc) whose parent is `parent`, or of all with no `parent`. */
function commandLines(parent?: number): string[] {
  return readdirSync('/proc').flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      // stat: "pid (command) state ppid …"; the command may hold spaces and brackets.
      const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      if (parent !== undefined && ppid !== parent) return [];
      return [readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()];
    } catch {
      return []; // the process ended while it was read
    }
  });
}

/** Polls `test` every 50 ms until it holds; false after `ms`. */
async function until(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (test()) return true;
  return test();
}

describe('backstory merge, run again', () => {
  it('runs as a child with the young generation set, and SIGTERM to the parent ends the child too', async () => {
    // `merge` with no file waits on stdin: the child stays until it is told to end.
    const parent = spawn(process.execPath, [CLI, 'merge'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const pid = parent.pid as number;
    expect(await until(() => commandLines(pid).length > 0, 30_000)).toBe(true);
    const [child] = commandLines(pid);
    expect(child).toContain('--max-semi-space-size=64');
    expect(child).toContain(`${CLI} merge`);
    const exited = once(parent, 'exit');
    parent.kill('SIGTERM');
    const [code, signal] = await exited;
    expect([code, signal]).toEqual([null, 'SIGTERM']);
    expect(commandLines().filter((c) => c.includes(`--max-semi-space-size=64 ${CLI} merge`))).toEqual([]);
  });

  it('passes the exit code of the run that worked', () => {
    expect(() => execFileSync(process.execPath, [CLI, 'merge', '/no/such/state.jsonl'], { stdio: 'pipe' })).toThrow(/no\/such\/state/);
  });
});
