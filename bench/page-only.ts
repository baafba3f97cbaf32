/**
 * `npm run bench:page`: only the page figures of `npm run bench` (no zip, no KB loading), for
 * quick before/after comparisons of content-script changes.
 */
import { pageFigures } from './page.bench';
import { table } from './report';

console.log(table(await pageFigures()));
