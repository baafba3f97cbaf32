// `npm test`: every check and every test, unit and browser, then one plain
// "N passed, N failed" line (vitest's own summary is not what CI reads).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return status === 0;
}

/** A check that is not a test suite (type-check, lint, build) counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    console.error(`✗ ${label} failed`);
  }
}

function suite(label, args) {
  const report = `${RESULTS}/${label}.json`;
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + (ok || json.numFailedTests ? 0 : 1);
  } catch {
    failed++; // the suite could not even report: count it as a failure
    console.error(`✗ ${label}: no report`);
  }
}

check('type-check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['biome', 'check', '.']);
suite('unit', []);
check('build (Chrome MV3 and Firefox MV2)', 'npm', ['run', 'build']);
check('web-ext lint', 'npm', ['run', 'lint:ext']);
check('test build', 'npm', ['run', 'build:test']);
suite('browser', ['--config', 'tests/e2e/vitest.config.ts']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
