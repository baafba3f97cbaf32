// Preloaded into the build `npm run eval:world` measures (node --import): on exit, the process's
// peak resident memory (worker threads included) goes to the file BACKSTORY_PEAK_RSS_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.BACKSTORY_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
