#!/usr/bin/env node
// The `backstory` command: runs the TypeScript CLI through tsx, so lib/ is shared as-is with the extension.
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

/**
 * The main thread of a build or a merge keeps every article's state and then finalizes the KB
 * alone, allocating short-lived objects by the million: with V8's default young generation, a
 * quarter of that single-threaded tail went to scavenges. V8 sizes the young generation only when
 * the process starts (`setFlagsFromString` is too late for it), so these commands run once more
 * with it set. Worker threads size theirs apart (cli/extract-pool.ts).
 */
const YOUNG_GENERATION_FLAG = '--max-semi-space-size';
const YOUNG_GENERATION = `${YOUNG_GENERATION_FLAG}=64`;
const KB_COMMANDS = new Set(['build', 'merge']);
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

if (KB_COMMANDS.has(process.argv[2] ?? '') && !process.execArgv.some((a) => a.startsWith(YOUNG_GENERATION_FLAG))) {
  const child = spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION, ...process.argv.slice(1)], { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  for (const s of FORWARDED_SIGNALS) process.on(s, forward);
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED_SIGNALS) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else {
  // V8 inlines less into each optimized function (default 920 bytes of bytecode): a build's threads
  // each spend seconds optimizing the same large functions (detection, compromise's tagger) while
  // they warm up. Quiet world builds on 2 cores: 98.7-102.8 CPU-seconds and 57.9-60.0 s with it,
  // 105.9-122.6 and 62.1-70.5 s without, the same KB bytes (BENCHMARKS.md, "382a9bc and 8fa5fb3").
  // Set before any of our code is compiled; worker threads share the process's flags.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=250');
  register();
  await import('./main.ts');
}
