// `npm run demo`: the main job on a fresh machine. Installs what is missing, builds the KB from
// the bundled corpus and the extension for Chrome and Firefox, then shows a hover card on the
// bundled demo article (a window with a display; a screenshot without one).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  } else {
    console.error(`Chromium is not at ${CHROMIUM}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

// npm ci only when node_modules is missing or older than the lock file.
const installed = existsSync('node_modules/.package-lock.json') && statSync('node_modules/.package-lock.json').mtimeMs >= statSync('package-lock.json').mtimeMs;
if (!installed) run('npm', ['ci', '--no-audit', '--no-fund']);

run('npm', ['run', 'build']);
run('npm', ['run', 'build:test']);
run('npx', ['tsx', 'scripts/show-card.ts']);
