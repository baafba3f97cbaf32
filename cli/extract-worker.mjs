// A worker of `backstory build`'s pool: tsx is registered per thread, then each task is a batch of articles → their merged KB state.
import { register } from 'tsx/esm/api';

register();
const { extractBatch } = await import('../lib/kb/extract.ts');

export default extractBatch;
