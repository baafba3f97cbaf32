/**
 * `npm run bench`: every benchmark of issue 6, each a median of several runs beside a baseline
 * measured in the same run (these machines are noisy), printed as the table BENCHMARKS.md keeps.
 */
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { backgroundFigures } from './background.bench';
import { pageFigures } from './page.bench';
import { table } from './report';
import { sizeFigures } from './size.bench';

const commit = execSync('git rev-parse --short HEAD').toString().trim();
const dirty = execSync('git status --porcelain').toString().trim() ? ' (with uncommitted changes)' : '';
console.log(`Backstory benchmarks at ${commit}${dirty}`);
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}\n`);

const figures = [...sizeFigures(), ...(await backgroundFigures()), ...(await pageFigures())];
console.log(table(figures));
