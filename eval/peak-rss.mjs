// Preloaded into the build `npm run eval:world` measures (node --import): on exit, the process's
// peak resident memory (worker threads included) goes to the file BACKSTORY_PEAK_RSS_FILE names.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = process.env.BACKSTORY_PEAK_RSS_FILE;
// A command that runs itself again (cli/backstory.mjs) exits after the run that built: the larger peak stays.
const peakSoFar = () => (file && existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0);
if (file) process.on('exit', () => writeFileSync(file, String(Math.max(peakSoFar(), process.resourceUsage().maxRSS * 1024))));
