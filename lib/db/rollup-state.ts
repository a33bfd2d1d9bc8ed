import { z } from 'zod';
import { dayKeySchema, type DayKey } from '@/lib/schemas/rollup';
import { epochMsSchema } from '@/lib/schemas/common';
import type { PranataDb } from './index';

const KEY = 'rollup';

/** Where the daily roll-up stands: every local day up to `rolledThrough` has been rolled up. */
export const rollupStateSchema = z.object({
  rolledThrough: dayKeySchema,
  /** The zone the days were cut in (a change of zone re-cuts nothing already rolled). */
  timeZone: z.string().min(1).max(60),
  at: epochMsSchema,
});
export type RollupState = z.infer<typeof rollupStateSchema>;

/** The roll-up watermark, or null before the first maintenance run (or if the row is broken). */
export async function readRollupState(db: PranataDb): Promise<RollupState | null> {
  const row = await db.meta.get(KEY);
  const parsed = rollupStateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeRollupState(db: PranataDb, state: RollupState): Promise<void> {
  await db.meta.put({ key: KEY, value: rollupStateSchema.parse(state) });
}

/** The last rolled day, or null when nothing was rolled yet. */
export function rolledThrough(state: RollupState | null): DayKey | null {
  return state?.rolledThrough ?? null;
}
