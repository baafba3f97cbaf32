/**
 * A worker of `backstory build`'s pool (cli/extract-pool.ts), loaded as one bundled module
 * (cli/worker-bundle.ts): each task is a batch of articles or JSONL lines → their merged KB
 * states (cli/extract-task.ts).
 */
import './worker-env';
import { runExtractTask } from './extract-task';

export default runExtractTask;
