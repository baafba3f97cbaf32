// A worker of `backstory build`'s pool: tsx is registered per thread, then each task is a batch of articles or JSONL lines → their merged KB states (cli/extract-task.ts).
import { register } from 'tsx/esm/api';

register();
const { runExtractTask } = await import('./extract-task.ts');

export default runExtractTask;
