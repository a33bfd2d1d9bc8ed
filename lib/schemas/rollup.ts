import { z } from 'zod';
import { epochMsSchema, idSchema, platformIdSchema } from './common';
import { countsSchema } from './snapshot';
import { MAX_RESPONSE_MS } from './response-limit';

/**
 * Daily roll-ups: what is left of raw snapshots and reply events once a day is over, so a year
 * of use stays small (a few hundred bytes per post per day, one row per platform per day for
 * replies) and the 30/90-day dashboard never reads the raw tables.
 *
 * Days are calendar days in the agency's time zone at the time of rolling ('yyyy-MM-dd').
 * lib/engagement builds, merges and reads these rows; lib/db stores them opaquely by `key`.
 */

/** True for a day that exists on the calendar (2026-02-31 does not; 2028-02-29 does). */
export function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}

/**
 * A calendar day in the agency's time zone, 2000-01-01 to 2099-12-31 (the years stored times may
 * name, see EPOCH_MS_MAX): an impossible date or a year such as 9999 would break the day
 * arithmetic of the roll-up and the dashboard's range reads.
 */
export const dayKeySchema = z
  .string()
  .regex(/^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day yyyy-MM-dd from 2000 to 2099')
  .refine(isCalendarDay, 'not a day of the calendar');
export type DayKey = z.infer<typeof dayKeySchema>;

/** Format version of roll-up rows: bump when the shape or the histogram buckets change. */
export const ROLLUP_VERSION = 1;

/** One post (or profile) on one day: first and last counts seen that day. */
export const snapshotRollupSchema = z.object({
  v: z.literal(ROLLUP_VERSION),
  /** `s|day|platform|account|kind|postId`, unique per row. */
  key: z.string().min(1).max(400),
  day: dayKeySchema,
  platform: platformIdSchema,
  kind: z.enum(['post', 'profile']),
  account: z.string().min(1).max(100),
  /** The site's post id; the literal 'profile' for profile rows. */
  postId: idSchema,
  permalink: z.string().max(2000).optional(),
  postedAt: epochMsSchema.optional(),
  firstAt: epochMsSchema,
  lastAt: epochMsSchema,
  /** Counts of the day's earliest snapshot; left out when equal to `last` (read `first ?? last`). */
  first: countsSchema.optional(),
  /** Counts of the day's latest snapshot (not merged per metric: one real reading). */
  last: countsSchema,
  /** How many raw snapshots the row stands for. */
  samples: z.number().int().positive(),
});
export type SnapshotRollup = z.infer<typeof snapshotRollupSchema>;

/**
 * Response times are kept as a sparse histogram on fixed log-scale buckets instead of raw
 * values: merging days is adding counts, and the median/p90 of any span of days comes out
 * within one bucket of the exact value without keeping a single raw event.
 *
 * Bucket 0 holds [0, 1 s). Bucket k >= 1 holds [1 s * 2^((k-1)/8), 1 s * 2^(k/8)): eight
 * buckets per doubling, so a bucket's geometric middle is within 2^(1/16) (about 4.4 %) of any
 * value in it. Response times above 30 days are not recorded at all (see responseTimeMs), which
 * caps the index at RESPONSE_BUCKET_MAX. Changing these constants means bumping ROLLUP_VERSION.
 */
export const RESPONSE_BUCKET_BASE_MS = 1000;
export const RESPONSE_BUCKETS_PER_DOUBLING = 8;
export { MAX_RESPONSE_MS };
export const RESPONSE_BUCKET_MAX =
  Math.floor(RESPONSE_BUCKETS_PER_DOUBLING * Math.log2(MAX_RESPONSE_MS / RESPONSE_BUCKET_BASE_MS)) + 1;

/** Bucket index (as a string key) -> number of replies whose response time fell in it. */
export const responseHistogramSchema = z.record(
  z.string().regex(/^\d{1,3}$/),
  z.number().int().positive(),
);
export type ResponseHistogram = z.infer<typeof responseHistogramSchema>;

export const replyKindCountsSchema = z.object({
  'template-inserted': z.number().int().nonnegative(),
  checked: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
});
export type ReplyKindCounts = z.infer<typeof replyKindCountsSchema>;

/** All reply events of one platform on one day. */
export const replyRollupSchema = z.object({
  v: z.literal(ROLLUP_VERSION),
  /** `r|day|platform`, unique per row. */
  key: z.string().min(1).max(100),
  day: dayKeySchema,
  platform: platformIdSchema,
  /** Time span of the events rolled in: merges use it to tell a re-roll from new data. */
  firstAt: epochMsSchema,
  lastAt: epochMsSchema,
  /** Number of distinct raw events the row stands for. */
  events: z.number().int().positive(),
  kinds: replyKindCountsSchema,
  /** Sent replies with a usable response time, by bucket. */
  responseHistogram: responseHistogramSchema,
  /**
   * The largest ± margin among those response times (answered items whose time was read from
   * relative text); absent when all were exact, and in rows rolled before margins existed.
   */
  responseMarginMs: z.number().int().positive().optional(),
  /** Sent replies that carried a check result (errorCount present)... */
  checkedSent: z.number().int().nonnegative(),
  /** ...and of those, the ones with no error-level finding. */
  compliantSent: z.number().int().nonnegative(),
  /** Sent replies where the admin overrode the QC gate. */
  gateOverrides: z.number().int().nonnegative(),
  /**
   * Sum (in thousandths, so sums stay exact integers whatever the merge order) and number of
   * check scores on sent replies, for an average score in reports.
   */
  scoreMilliSum: z.number().int().nonnegative(),
  scoreCount: z.number().int().nonnegative(),
  /** Template insertions per template id. */
  templates: z.record(idSchema, z.number().int().positive()),
});
export type ReplyRollup = z.infer<typeof replyRollupSchema>;
