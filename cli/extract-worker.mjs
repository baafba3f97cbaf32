// A worker of `backstory build`'s pool: tsx is registered per thread, then each task is one article → its KB state.
import { register } from 'tsx/esm/api';

register();
const { extractArticle } = await import('../lib/kb/extract.ts');

export default extractArticle;
