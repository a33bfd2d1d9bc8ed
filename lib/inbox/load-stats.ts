import type { PranataDb } from '@/lib/db';
import type { DashboardRange } from '@/lib/db/dashboard';
import { readSettings } from '@/lib/db/settings';
import { monthBounds, rangeBounds, type RangeBounds } from '@/lib/engagement/days';
import { readResponseTargetMs } from './badge';
import { readCommentsIn } from './queue';
import { inboxStats, type InboxStats } from './stats';

export interface LoadedInboxStats {
  stats: InboxStats;
  bounds: RangeBounds;
  /** The active profile's response target the share was counted against. */
  targetMs: number;
}

/**
 * The inbox report for a range as the popup and the monthly report read it (with useLiveQuery,
 * like the queue and the dashboard: they follow the background's writes). The range is the
 * dashboard's (a RangeId or a month, in the agency's zone); the target the active profile's.
 */
export async function loadInboxStats(db: PranataDb, range: DashboardRange, now: number): Promise<LoadedInboxStats> {
  const settings = await readSettings(db);
  const zone = settings.timeZone;
  const bounds = typeof range === 'string' ? rangeBounds(range, now, zone) : monthBounds(range.month, now, zone);
  const [rows, targetMs] = await Promise.all([bounds.to < bounds.from ? [] : readCommentsIn(db, bounds.from, bounds.to), readResponseTargetMs(db)]);
  return { stats: inboxStats(rows, bounds, now, targetMs), bounds, targetMs };
}
