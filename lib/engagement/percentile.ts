/**
 * Percentiles by the nearest-rank method: the p-th percentile of N values is the value at rank
 * ceil(p/100 * N) (1-based) in ascending order, rank 1 for p = 0. Chosen over linear
 * interpolation because the answer is always a value that really occurred (a real response
 * time), and because it commutes with bucketing: the percentile of bucketed values is the bucket
 * of the exact percentile, which is what lets roll-ups give median/p90 within one bucket.
 * Consequence: the median of an even count is the lower of the two middle values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile out of range: ${p}`);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[nearestRank(sorted.length, p) - 1] ?? null;
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/** Samples with a multiplicity, e.g. a histogram bucket's representative value and its count. */
export interface WeightedValue {
  value: number;
  weight: number;
}

/** Nearest-rank percentile over values that each stand for `weight` identical samples. */
export function weightedPercentile(values: readonly WeightedValue[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile out of range: ${p}`);
  const sorted = values
    .filter((v) => Number.isFinite(v.value) && Number.isInteger(v.weight) && v.weight > 0)
    .sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, v) => sum + v.weight, 0);
  if (total === 0) return null;
  const rank = nearestRank(total, p);
  let seen = 0;
  for (const v of sorted) {
    seen += v.weight;
    if (seen >= rank) return v.value;
  }
  return sorted[sorted.length - 1]?.value ?? null;
}

function nearestRank(n: number, p: number): number {
  // Subtracting a hair before ceil keeps 0.9 * 10 (= 9.000000000000002) at rank 9.
  return Math.min(n, Math.max(1, Math.ceil((p / 100) * n - 1e-9)));
}
