import { metricSchema, type Counts, type Metric } from '@/lib/schemas/snapshot';

export interface CountChange {
  from: number;
  to: number;
  /** to - from; negative when a count went down (an unlike, a deleted reply). */
  change: number;
  /**
   * True only when both readings were exact. A compact reading ("1,2 rb") is a lower bound
   * rounded down, so a change involving one may be off by up to its rounding step.
   */
  exact: boolean;
}

export type CountDelta = Partial<Record<Metric, CountChange>>;

/**
 * The change of each metric between two snapshots of the same post. Metrics missing from
 * either snapshot are left out rather than guessed as zero.
 */
export function countDelta(prev: Counts, next: Counts): CountDelta {
  const out: CountDelta = {};
  for (const metric of metricSchema.options) {
    const a = prev[metric];
    const b = next[metric];
    if (!a || !b) continue;
    out[metric] = { from: a.value, to: b.value, change: b.value - a.value, exact: a.exact && b.exact };
  }
  return out;
}
