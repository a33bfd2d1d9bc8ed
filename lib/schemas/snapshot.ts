import { z } from 'zod';
import { epochMsSchema, idSchema, platformIdSchema } from './common';

export const metricSchema = z.enum(['likes', 'replies', 'reposts', 'views', 'bookmarks', 'followers']);
export type Metric = z.infer<typeof metricSchema>;

/** A number read off a page: exact (from an aria-label) or approximate (compact text, a lower bound). */
export const countSchema = z.object({
  value: z.number().int().nonnegative().max(1e13),
  exact: z.boolean(),
});
export type Count = z.infer<typeof countSchema>;

export const countsSchema = z.partialRecord(metricSchema, countSchema);
export type Counts = z.infer<typeof countsSchema>;

/** The counts of one post (or one profile, kind "profile") at one moment. */
export const snapshotSchema = z.object({
  id: idSchema,
  kind: z.enum(['post', 'profile']),
  platform: platformIdSchema,
  /** Lower-case handle of the account that owns the post or profile. */
  account: z.string().min(1).max(100),
  /** The site's post id; for profile snapshots, the handle. */
  postId: idSchema,
  permalink: z.string().max(2000).optional(),
  postedAt: epochMsSchema.optional(),
  at: epochMsSchema,
  counts: countsSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;
