/**
 * How strongly two entities go together, from the sentences that name them: Dunning's
 * log-likelihood ratio (G²) of their co-mentions against chance. Raw counts put the most-covered
 * entities (the United States) on every card; pointwise mutual information puts two names met
 * once together on top. G² weighs both how far above chance a pair is and how much evidence there
 * is for it.
 */

/** k · ln(k / expected), 0 for an empty cell. */
const term = (k: number, expected: number) => (k > 0 ? k * Math.log(k / expected) : 0);

/**
 * G² of `both` sentences naming a and b, out of `a` naming a, `b` naming b and `total` in all.
 * Negative when the pair meets less often than chance would have it (they go apart, not together).
 */
export function association(both: number, a: number, b: number, total: number): number {
  const cells = [
    [both, a, b],
    [a - both, a, total - b],
    [b - both, total - a, b],
    [total - a - b + both, total - a, total - b],
  ] as const;
  const g2 = 2 * cells.reduce((sum, [k, row, column]) => sum + term(k, (row * column) / total), 0);
  return both * total >= a * b ? g2 : -g2;
}
