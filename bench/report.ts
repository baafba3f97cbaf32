/** One benchmark figure with its target and the baseline measured in the same run, and the table they make. */
export interface Figure {
  /** What was measured: "annotate 1,000 words". */
  name: string;
  /** The median, already formatted with its unit: "12.4 ms". */
  value: string;
  /** The target from issue 6, or '' when the figure is only reported. */
  target: string;
  /** The baseline of the same run, with its value: "compromise parse 46.1 ms (0.27×)". */
  baseline: string;
  /** Whether the target is met; null when there is no target. */
  met: boolean | null;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
/** Bytes in KB below a megabyte, in MB above. */
export const size = (bytes: number) => (Math.abs(bytes) < 2 ** 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`);
export const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/** The figures as a Markdown table, ready for BENCHMARKS.md. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map(
    (f) => `| ${f.name} | ${f.value} | ${f.target || '—'} | ${f.met === null ? '' : f.met ? 'met' : '**not met**'} | ${f.baseline || '—'} |`,
  );
  return ['| figure | value (timings: median of runs) | target | | baseline, same run |', '|---|---|---|---|---|', ...rows].join('\n');
}
