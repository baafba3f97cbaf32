import type { ReadProblem } from '../lib/corpus/article';

/** Reports a skipped file or line on stderr, as "skipped FILE:LINE: why", and counts it. */
export function problemReporter(): { report: (p: ReadProblem) => void; count: () => number } {
  let count = 0;
  return {
    report(p) {
      count++;
      console.error(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    },
    count: () => count,
  };
}
