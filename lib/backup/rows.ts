import { z } from 'zod';
import { diagnosticSchema } from '@/lib/schemas/diagnostic';
import { sopProfileSchema } from '@/lib/schemas/profile';
import { replyEventSchema } from '@/lib/schemas/reply-event';
import { replyRollupSchema, snapshotRollupSchema } from '@/lib/schemas/rollup';
import { settingsSchema } from '@/lib/schemas/settings';
import { snapshotSchema } from '@/lib/schemas/snapshot';
import { templateSchema } from '@/lib/schemas/template';
import { rollupStateSchema } from '@/lib/db/rollup-state';
import { commentRowSchema } from '@/lib/schemas/comment';

/** Largest meta value (as JSON text) a backup may hold: Pranata's own are well under 200 characters. */
export const META_VALUE_MAX_CHARS = 4096;

/** Yesterday in WIT, the latest of Indonesia's zones: no roll-up watermark can be later at restore time. */
function latestYesterday(now: number): string {
  return new Date(now + 9 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
}

/**
 * A meta row, key by key: the roll-up watermark must be a watermark, and not later than
 * yesterday (a backup's "9999-12-31" made the popup, dashboard and report throw); any other key
 * (a newer Pranata's bookkeeping) is kept only when small.
 */
export const metaRowSchema = z
  .object({ key: z.string().min(1).max(100), value: z.json() })
  .superRefine((row, ctx) => {
    if (row.key === 'rollup') {
      const parsed = rollupStateSchema.safeParse(row.value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] } as never);
        return;
      }
      const latest = latestYesterday(Date.now());
      if (parsed.data.rolledThrough > latest) {
        ctx.addIssue({ code: 'custom', path: ['value', 'rolledThrough'], message: `roll-up watermark later than yesterday (${latest})` });
      }
      return;
    }
    if (JSON.stringify(row.value).length > META_VALUE_MAX_CHARS) {
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum: META_VALUE_MAX_CHARS, inclusive: true, path: ['value'], message: `meta value over ${META_VALUE_MAX_CHARS} characters` });
    }
  });

/**
 * The shape every row of every table must have to be restored: the database's own schemas.
 * Settings may be partial (an older backup lacks newer fields; readSettings fills defaults), meta
 * values key by key (metaRowSchema). A table added by a migration needs a line here (a test
 * compares this list with the database's tables).
 */
export const ROW_SCHEMAS: Record<string, z.ZodType> = {
  templates: templateSchema,
  profiles: sopProfileSchema,
  replyEvents: replyEventSchema,
  snapshots: snapshotSchema,
  diagnostics: diagnosticSchema,
  settings: z.object({ key: z.literal('main'), value: settingsSchema.partial() }),
  snapshotRollups: snapshotRollupSchema,
  replyRollups: replyRollupSchema,
  meta: metaRowSchema,
  comments: commentRowSchema,
};

/** More items than any Pranata array holds (word lists: 2000). */
const MAX_ARRAY = 10_000;

/**
 * True for data a JSON file can hold and nothing else: plain objects (no prototype but
 * Object.prototype), dense arrays, strings, finite numbers, booleans, null; inside objects also
 * `undefined` (an absent optional field, as dexie-export-import writes it). A reviver that built
 * a Date, Map or Blob, a key that swapped an object's prototype, or an array with a forged length
 * fails here even if a schema would have looked through it.
 */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype || value.length > MAX_ARRAY) return false;
    if (Object.keys(value).length !== value.length) return false;
    return value.every((v) => isPlainJson(v, depth + 1));
  }
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    return Object.values(value).every((v) => v === undefined || isPlainJson(v, depth + 1));
  }
  return false;
}
