#!/usr/bin/env node
// The `backstory` command: runs the TypeScript CLI through tsx, so lib/ is shared as-is with the extension.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// V8 inlines less into each optimized function (default 920 bytes of bytecode): a build's threads
// each spend seconds optimizing the same large functions (detection, compromise's tagger) while
// they warm up. Quiet world builds on 2 cores: 98.7-102.8 CPU-seconds and 57.9-60.0 s with it,
// 105.9-122.6 and 62.1-70.5 s without, the same KB bytes (BENCHMARKS.md, "382a9bc and 8fa5fb3").
// Set before any of our code is compiled; worker threads share the process's flags.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=250');
register();
await import('./main.ts');
