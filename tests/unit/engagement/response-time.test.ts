import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUCKET_RELATIVE_ERROR,
  addHistograms,
  bucketValue,
  histogramOf,
  histogramSamples,
  histogramTotal,
  responseBucket,
} from '@/lib/engagement/histogram';
import { median, percentile, weightedPercentile } from '@/lib/engagement/percentile';
import { eventResponseMs, MAX_RESPONSE_MS, responseTimeMs } from '@/lib/engagement/response-time';
import { RESPONSE_BUCKET_MAX, responseHistogramSchema } from '@/lib/schemas/rollup';
import { DAY, HOUR, MIN, NOW } from './fixtures';

describe('responseTimeMs', () => {
  it.each<[string, number | null | undefined, number | null | undefined, number | null]>([
    ['four minutes', NOW - 4 * MIN, NOW, 4 * MIN],
    ['same instant', NOW, NOW, 0],
    ['an hour and twenty minutes', NOW - 80 * MIN, NOW, 80 * MIN],
    ['exactly 30 days is still counted', NOW - 30 * DAY, NOW, 30 * DAY],
    ['30 days and a second is absurd', NOW - 30 * DAY - 1000, NOW, null],
    ['a year-old post answered by chance', NOW - 365 * DAY, NOW, null],
    ['target after the send (clock skew)', NOW + 1000, NOW, null],
    ['no target time', undefined, NOW, null],
    ['null target time', null, NOW, null],
    ['no send time', NOW, undefined, null],
    ['NaN', Number.NaN, NOW, null],
    ['Infinity', NOW, Number.POSITIVE_INFINITY, null],
  ])('%s', (_name, targetAt, sentAt, expected) => {
    expect(responseTimeMs(targetAt, sentAt)).toBe(expected);
  });
});

describe('eventResponseMs', () => {
  it.each<[string, Parameters<typeof eventResponseMs>[0], number | null]>([
    ['sent, recorded responseMs', { kind: 'sent', at: NOW, responseMs: 5 * MIN, targetAt: NOW - HOUR }, 5 * MIN],
    ['sent, only targetAt', { kind: 'sent', at: NOW, targetAt: NOW - 7 * MIN }, 7 * MIN],
    ['sent, absurd recorded value falls back to targetAt', { kind: 'sent', at: NOW, responseMs: 90 * DAY, targetAt: NOW - 2 * MIN }, 2 * MIN],
    ['sent, nothing to go on', { kind: 'sent', at: NOW }, null],
    ['template inserted: no response time', { kind: 'template-inserted', at: NOW, targetAt: NOW - MIN }, null],
    ['checked: no response time', { kind: 'checked', at: NOW, responseMs: MIN }, null],
  ])('%s', (_name, event, expected) => {
    expect(eventResponseMs(event)).toBe(expected);
  });
});

describe('percentile (nearest rank)', () => {
  const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  it.each<[string, number[], number, number | null]>([
    ['median of 1..5', [3, 1, 5, 2, 4], 50, 3],
    ['median of an even count is the lower middle', [1, 2, 3, 4], 50, 2],
    ['p90 of ten values', ten, 90, 90],
    ['p91 of ten values moves up a rank', ten, 91, 100],
    ['p100 is the maximum', ten, 100, 100],
    ['p0 is the minimum', ten, 0, 10],
    ['p25 of ten values', ten, 25, 30],
    ['single value', [42], 90, 42],
    ['empty', [], 50, null],
    ['non-finite values are ignored', [Number.NaN, 5, Number.POSITIVE_INFINITY, 7], 50, 5],
    ['unsorted with duplicates', [5, 1, 5, 5, 2], 50, 5],
    ['p90 of 20 values (rank 18)', Array.from({ length: 20 }, (_, i) => i + 1), 90, 18],
  ])('%s', (_name, values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([-1, 101, Number.NaN])('rejects p = %s', (p) => {
    expect(() => percentile([1], p)).toThrow(RangeError);
  });

  it('median is p50', () => {
    expect(median([9, 1, 8, 2, 7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('weighted samples match the expanded list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 10_000 }), weight: fc.integer({ min: 1, max: 5 }) }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 100 }),
        (weighted, p) => {
          const expanded = weighted.flatMap((w) => Array.from({ length: w.weight }, () => w.value));
          expect(weightedPercentile(weighted, p)).toBe(percentile(expanded, p));
        },
      ),
    );
  });

  it('weighted: zero or fractional weights are ignored', () => {
    expect(weightedPercentile([{ value: 1, weight: 0 }, { value: 2, weight: 1.5 }], 50)).toBeNull();
  });
});

describe('response-time histogram', () => {
  it.each<[number, number]>([
    [0, 0],
    [999, 0],
    [1000, 1],
    [1090, 1], // 1000 * 2^(1/8) = 1090.5...: still bucket 1
    [1091, 2],
    [2000, 9],
    [60_000, 1 + Math.floor(8 * Math.log2(60))],
    [MAX_RESPONSE_MS, RESPONSE_BUCKET_MAX],
    [10 * MAX_RESPONSE_MS, RESPONSE_BUCKET_MAX],
  ])('%i ms falls in bucket %i', (ms, bucket) => {
    expect(responseBucket(ms)).toBe(bucket);
  });

  it('the bucket value is within 2^(1/16) of every value in the bucket', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: MAX_RESPONSE_MS }), (ms) => {
        const ratio = bucketValue(responseBucket(ms)) / ms;
        expect(ratio).toBeLessThanOrEqual(BUCKET_RELATIVE_ERROR * 1.000_001);
        expect(ratio).toBeGreaterThanOrEqual(1 / BUCKET_RELATIVE_ERROR / 1.000_001);
      }),
    );
  });

  it('round-trips through its schema and adds up', () => {
    const a = histogramOf([4 * MIN, 4 * MIN, 2 * HOUR]);
    const b = histogramOf([4 * MIN, 500]);
    expect(responseHistogramSchema.parse(a)).toEqual(a);
    expect(histogramTotal(addHistograms(a, b))).toBe(5);
    expect(addHistograms(a, b)).toEqual(histogramOf([4 * MIN, 4 * MIN, 2 * HOUR, 4 * MIN, 500]));
    expect(histogramSamples(b)).toEqual([
      { value: 500, weight: 1 },
      { value: bucketValue(responseBucket(4 * MIN)), weight: 1 },
    ]);
  });

  it('median of bucketed values is the bucket of the exact median', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: MAX_RESPONSE_MS }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 100 }), (values, p) => {
        const exactValue = percentile(values, p);
        const approx = weightedPercentile(histogramSamples(histogramOf(values)), p);
        expect(approx).toBe(bucketValue(responseBucket(exactValue ?? NaN)));
      }),
    );
  });
});
