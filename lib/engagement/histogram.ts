import {
  RESPONSE_BUCKET_BASE_MS,
  RESPONSE_BUCKET_MAX,
  RESPONSE_BUCKETS_PER_DOUBLING,
  type ResponseHistogram,
} from '@/lib/schemas/rollup';
import type { WeightedValue } from './percentile';

/** The log-scale bucket of a response time (see lib/schemas/rollup.ts for the layout). */
export function responseBucket(ms: number): number {
  if (!(ms >= RESPONSE_BUCKET_BASE_MS)) return 0;
  const k = Math.floor(RESPONSE_BUCKETS_PER_DOUBLING * Math.log2(ms / RESPONSE_BUCKET_BASE_MS)) + 1;
  return Math.min(k, RESPONSE_BUCKET_MAX);
}

/** The value a bucket stands for: its geometric middle (bucket 0: half a second). */
export function bucketValue(bucket: number): number {
  if (bucket <= 0) return RESPONSE_BUCKET_BASE_MS / 2;
  return Math.round(RESPONSE_BUCKET_BASE_MS * 2 ** ((bucket - 0.5) / RESPONSE_BUCKETS_PER_DOUBLING));
}

/** Largest ratio between a bucket's value and any value in it (bucket 0 aside). */
export const BUCKET_RELATIVE_ERROR = 2 ** (0.5 / RESPONSE_BUCKETS_PER_DOUBLING);

export function histogramOf(values: Iterable<number>): ResponseHistogram {
  const counts = new Map<number, number>();
  for (const ms of values) {
    const bucket = responseBucket(ms);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return fromMap(counts);
}

export function addHistograms(...histograms: ResponseHistogram[]): ResponseHistogram {
  const counts = new Map<number, number>();
  for (const h of histograms) {
    for (const [bucket, n] of Object.entries(h)) counts.set(Number(bucket), (counts.get(Number(bucket)) ?? 0) + n);
  }
  return fromMap(counts);
}

export function histogramTotal(h: ResponseHistogram): number {
  return Object.values(h).reduce((sum, n) => sum + n, 0);
}

/** Buckets as weighted samples, to mix with exact raw values in one percentile. */
export function histogramSamples(h: ResponseHistogram): WeightedValue[] {
  return Object.entries(h).map(([bucket, weight]) => ({ value: bucketValue(Number(bucket)), weight }));
}

// Keys in ascending bucket order, so equal histograms are also equal as JSON.
function fromMap(counts: Map<number, number>): ResponseHistogram {
  return Object.fromEntries(
    [...counts].filter(([, n]) => n > 0).sort(([a], [b]) => a - b).map(([k, n]) => [String(k), n]),
  );
}
