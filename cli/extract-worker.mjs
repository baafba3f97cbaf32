// A worker of `backstory build`'s pool: tsx is registered per thread, then each task is a batch of articles or JSONL lines → their merged KB states (cli/extract-task.ts).
import { register } from 'tsx/esm/api';

// compromise reads process.env.DEBUG_TAGS each time it tags a term, about a hundred times an
// article; Node's process.env answers each read in C++ (0.6 µs here, some 6 CPU-seconds of a
// world build). A worker's environment is its own copy already; a plain object of the same
// variables reads like any other (0.04 µs).
process.env = { ...process.env };
register();
const { runExtractTask } = await import('./extract-task.ts');

export default runExtractTask;
