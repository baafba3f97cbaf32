/**
 * `npm run eval`: detection on CoNLL-2003 dev and test and MSNBC (Backstory and compromise out of
 * the box), linking on the seeds gold and the look-alike traps, as one Markdown report naming the
 * commit it measured. `npm run eval -- dev` scores only CoNLL dev, for tuning.
 */
import { execSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { detectionRows, msnbcRecall, TABLE_HEAD } from './detection-table';
import { falseEvents, otherWordsRecall, seedsGoldEvents } from './event-checks';
import { type GoldDoc, loadJsonl } from './gold';
import { seedsGoldLinking, trapResults } from './linking-checks';
import type { Span } from './ner-score';
import { backstory, compromiseBaseline, type Detector } from './systems';

function git(args: string): string {
  try {
    return execSync(`git ${args}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Spans per document, and milliseconds per 1,000 words. */
function run(detector: Detector, docs: readonly GoldDoc[]): { found: Span[][]; msPerKWords: number } {
  const t0 = performance.now();
  const found = docs.map((d) => detector(d.text));
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  return { found, msPerKWords: ((performance.now() - t0) * 1000) / words };
}

const onlyDev = process.argv[2] === 'dev';
const systems: [string, Detector][] = onlyDev
  ? [['Backstory', backstory]]
  : [
      ['Backstory', backstory],
      ['compromise 14.17 (baseline)', compromiseBaseline],
    ];
// Event code shares these folders but plays no part in the scores below.
const MEASURED = "lib/nlp lib/match lib/kb eval tests/match ':!lib/nlp/event*' ':!lib/match/event*' ':!lib/kb/event*'";
const dirty = git(`status --porcelain -- ${MEASURED}`) ? ' (with uncommitted changes to the code measured)' : '';
console.log(`## Backstory evaluation\n\nCommit ${git('rev-parse --short HEAD')}${dirty}, ${new Date().toISOString().slice(0, 10)}.\n`);

console.log('### Entity detection (CoNLL-2003; MISC not scored)\n');
console.log(TABLE_HEAD);
const speed: string[] = [];
for (const set of onlyDev ? ['dev'] : ['dev', 'test']) {
  const docs = loadJsonl(`conll2003-${set}.jsonl`);
  for (const [name, detector] of systems) {
    const { found, msPerKWords } = run(detector, docs);
    for (const row of detectionRows(name, `CoNLL ${set}`, docs, found)) console.log(row);
    speed.push(`${name} on CoNLL ${set}: ${msPerKWords.toFixed(0)} ms per 1,000 words`);
  }
}
if (!onlyDev) {
  const msnbc = loadJsonl('msnbc.jsonl');
  console.log('\n### MSNBC recall (not exhaustive: recall only; UNK counts as any type)\n');
  console.log('| system | exact | lenient |\n|---|---:|---:|');
  for (const [name, detector] of systems) {
    const { found } = run(detector, msnbc);
    console.log(`| ${name} | ${msnbcRecall(msnbc, found, false).toFixed(1)} | ${msnbcRecall(msnbc, found, true).toFixed(1)} |`);
  }
  const { aliases, mustNotLink, index } = await seedsGoldLinking();
  const traps = trapResults(index);
  console.log('\n### Linking\n');
  console.log('| check | result |\n|---|---|');
  console.log(`| seeds gold: alias occurrences linked to their entity | ${aliases.right} / ${aliases.total} (${aliases.wrong} linked to another entity) |`);
  console.log(`| seeds gold: must-not-link occurrences left unlinked | ${mustNotLink.ok} / ${mustNotLink.total} |`);
  console.log(
    `| look-alike traps (tests/match/look-alike-cases.ts) | ${traps.ok} / ${traps.total}${traps.failed.length ? `; failing: ${traps.failed.join(', ')}` : ''} |`,
  );
  const gold = seedsGoldEvents(index.kb);
  const unrelated = falseEvents(index);
  const otherWords = otherWordsRecall(index);
  console.log('\n### Events\n');
  console.log('| check | result |\n|---|---|');
  console.log(
    `| seeds gold: events told as one event each (documents, participants, date, sentences) | ${gold.ok} / ${gold.total}${gold.misses.length ? `; missing: ${gold.misses.join('; ')}` : ''} |`,
  );
  console.log(
    `| false events on the ${unrelated.articles} CoNLL and MSNBC articles (they tell none of the KB's) | ${unrelated.events}${unrelated.examples.length ? `: ${unrelated.examples.join('; ')}` : ''} |`,
  );
  console.log(
    `| recall of known events told in other words (original pages, tests/events/fixtures/other-words/) | ${otherWords.found} / ${otherWords.total} |`,
  );
  console.log(
    `| events reported there that the pages do not tell (trap sentences) | ${otherWords.falseEvents.length}${otherWords.falseEvents.length ? `: ${otherWords.falseEvents.join('; ')}` : ''} |`,
  );
}
console.log(`\n### Speed (one process, 2-core machine)\n\n${speed.map((s) => `- ${s}`).join('\n')}`);
