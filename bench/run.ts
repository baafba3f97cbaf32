/**
 * `npm run bench`: every benchmark of issue 6, each a median of several runs beside a baseline
 * measured in the same run (these machines are noisy), printed as the table BENCHMARKS.md keeps.
 *
 * `npm run bench -- --scale 10000,100000` builds those corpus sizes instead of the default 1,000
 * (a 100,000-article build takes hours here); `--only background,scan,scale` runs only those groups
 * (sizes, background, scan, scale, page, real, worker, pack, import); `--kb FILE` reads the real pages (`real`,
 * ../shared/pages/real) with that KB in place of the bundled one; `--base DIR` loads the build in
 * DIR (an earlier commit's test build, copied aside) turn about with the others there: a before and after in one run.
 */
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { aliasScanFigures } from './alias-scan.bench';
import { backgroundFigures } from './background.bench';
import { importFigures } from './import.bench';
import { packFigures } from './pack.bench';
import { pageFigures } from './page.bench';
import { realPageFigures } from './real-pages.bench';
import { type Figure, table } from './report';
import { scaleFigures } from './scale.bench';
import { sizeFigures } from './size.bench';
import { workerFigures } from './worker.bench';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1000' }, only: { type: 'string' }, kb: { type: 'string' }, base: { type: 'string' } },
});
const scale = (values.scale ?? '').split(',').map(Number);
if (scale.some((n) => !(Number.isInteger(n) && n > 0))) throw new Error(`--scale takes article counts such as 10000,100000, not "${values.scale}"`);
const groups: Record<string, () => Figure[] | Promise<Figure[]>> = {
  sizes: sizeFigures,
  background: backgroundFigures,
  scan: aliasScanFigures,
  scale: () => scaleFigures(scale),
  page: pageFigures,
  real: () => realPageFigures(values.kb, values.base),
  worker: workerFigures,
  pack: packFigures,
  import: importFigures,
};
const only = values.only?.split(',') ?? Object.keys(groups);
const unknown = only.filter((g) => !groups[g]);
if (unknown.length) throw new Error(`--only takes ${Object.keys(groups).join(', ')}; not ${unknown.join(', ')}`);

const commit = execSync('git rev-parse --short HEAD').toString().trim();
const dirty = execSync('git status --porcelain').toString().trim() ? ' (with uncommitted changes)' : '';
console.log(`Backstory benchmarks at ${commit}${dirty}`);
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}\n`);

const figures: Figure[] = [];
for (const [name, run] of Object.entries(groups)) if (only.includes(name)) figures.push(...(await run()));
console.log(table(figures));
