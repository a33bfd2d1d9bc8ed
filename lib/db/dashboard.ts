import {
  addDayKeys,
  computeDashboard,
  dayKey,
  dayStart,
  monthBounds,
  normalizeHandle,
  rangeBounds,
  type Dashboard,
  type RangeBounds,
  type RangeId,
} from '@/lib/engagement';
import { ROLLUP_VERSION, type DayKey, type ReplyRollup, type SnapshotRollup } from '@/lib/schemas/rollup';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Settings } from '@/lib/schemas/settings';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { PranataDb, RollupRow } from './index';
import { generationOf, rollupsOfDays } from './rollup-cache';
import { readRollupState } from './rollup-state';
import { readSettings } from './settings';
import { saneRows } from './sane-rows';

/** Used when no SOP profile exists yet (the profile's own limit wins once there is one). */
export const DEFAULT_POSTS_PER_DAY_LIMIT = 5;

export type DashboardRange = RangeId | { month: string };

export interface DashboardQuery {
  range: DashboardRange;
  now: number;
  topLimit?: number;
}

export interface DashboardRows {
  bounds: RangeBounds;
  settings: Settings;
  postsPerDayLimit: number;
  snapshots: Snapshot[];
  events: ReplyEvent[];
  snapshotRollups: SnapshotRollup[];
  replyRollups: ReplyRollup[];
  /** Which days came from roll-ups (up to and including) and from which instant raw rows were read. */
  rolledThrough: DayKey | null;
  rawFrom: number;
  /** Raw rows left out because their times no day can hold (the maintenance deletes them). */
  skippedRows: number;
}

/**
 * What the dashboard needs for a range, read the cheap way: roll-up rows for the days the
 * maintenance has rolled (the watermark), raw rows only for later days (in practice today, and
 * yesterday until the night's roll-up ran). Every read is an index range; no table is read whole,
 * so a 90-day view costs about 90 roll-up rows per post and platform, not a year of snapshots.
 * The day before the range is read too: it gives the first day's gains a baseline.
 */
export async function loadDashboardRows(db: PranataDb, query: DashboardQuery): Promise<DashboardRows> {
  // One read transaction, two round trips: settings and watermark, then every range read at once.
  const tables = [db.settings, db.meta, db.profiles, db.snapshots, db.replyEvents, db.snapshotRollups, db.replyRollups];
  return db.transaction('r', tables, async () => {
    const [settings, state] = await Promise.all([readSettings(db), readRollupState(db)]);
    const zone = settings.timeZone;
    const bounds =
      typeof query.range === 'string' ? rangeBounds(query.range, query.now, zone) : monthBounds(query.range.month, query.now, zone);
    const firstDay = bounds.days[0];
    const lastDay = bounds.days[bounds.days.length - 1];
    if (!firstDay || !lastDay) {
      const postsPerDayLimit = await activeLimit(db, settings);
      return { bounds, settings, postsPerDayLimit, snapshots: [], events: [], snapshotRollups: [], replyRollups: [], rolledThrough: null, rawFrom: bounds.from, skippedRows: 0 };
    }
    const baselineDay = addDayKeys(firstDay, -1);
    // Never later than yesterday: a watermark in the future (a restored "9999-12-31") would put
    // the raw reads past any real day (IndexedDB refuses the NaN bound with a DataError).
    const yesterday = addDayKeys(dayKey(query.now, zone), -1);
    const stored = state?.rolledThrough ?? null;
    const rolled = stored !== null && stored > yesterday ? yesterday : stored;
    // Raw rows start the day after the watermark (never before the baseline day).
    const rawFromDay = rolled === null || rolled < baselineDay ? baselineDay : addDayKeys(rolled, 1);
    const rawFrom = dayStart(rawFromDay, zone);
    const rollTo = rolled === null ? null : rolled < lastDay ? rolled : lastDay;
    const generation = generationOf(state);

    const [postsPerDayLimit, snapshots, events, snapshotRollups, replyRollups, followerRows] = await Promise.all([
      activeLimit(db, settings),
      // Open-ended on purpose: a live query watches the range it read, so rows written after
      // `now` (the reply just sent) must fall inside it; computeDashboard cuts at bounds.to itself.
      rawFromDay <= lastDay ? db.snapshots.where('at').aboveOrEqual(rawFrom).toArray() : none<Snapshot>(),
      rawFromDay <= lastDay ? db.replyEvents.where('at').aboveOrEqual(Math.max(rawFrom, bounds.from)).toArray() : none<ReplyEvent>(),
      rollTo !== null ? rollupsOfDays(db, 'snapshotRollups', baselineDay, rollTo, generation) : none<RollupRow>(),
      rollTo !== null ? rollupsOfDays(db, 'replyRollups', firstDay, rollTo, generation) : none<RollupRow>(),
      latestFollowerSnapshots(db, settings, bounds.from),
    ]);
    // Each own post's latest reading before the rows read above: the first day's gain is
    // measured from it, as the post's badge measures its change from the previous snapshot (a
    // post last seen three days ago showed "+12" on its badge and 0 in the chart).
    const baselineRows = await latestPostSnapshotsBefore(db, ownPostsOf(settings, snapshots, snapshotRollups), Math.min(rawFrom, dayStart(baselineDay, zone)));
    const saneSnapshots = saneRows([...followerRows, ...baselineRows, ...snapshots]);
    const saneEvents = saneRows(events);
    return {
      bounds,
      settings,
      postsPerDayLimit,
      snapshots: saneSnapshots.rows,
      events: saneEvents.rows,
      skippedRows: saneSnapshots.skipped + saneEvents.skipped,
      snapshotRollups: snapshotRollups.filter(isSnapshotRollup),
      replyRollups: replyRollups.filter(isReplyRollup),
      rolledThrough: rolled,
      rawFrom,
    };
  });
}

/** The dashboard of a range: loadDashboardRows + computeDashboard. */
export async function loadDashboard(db: PranataDb, query: DashboardQuery): Promise<Dashboard> {
  const start = performance.now();
  const rows = await loadDashboardRows(db, query);
  const read = performance.now();
  const dashboard = computeDashboard({
    events: rows.events,
    replyRollups: rows.replyRollups,
    snapshots: rows.snapshots,
    snapshotRollups: rows.snapshotRollups,
    ownAccounts: rows.settings.accounts,
    range: rows.bounds,
    now: query.now,
    timeZone: rows.settings.timeZone,
    postsPerDayLimit: rows.postsPerDayLimit,
    topLimit: query.topLimit,
  });
  // User Timing entries (cheap): how long the reads and the computation took, for benchmarks.
  performance.measure('pranata:dashboard-read', { start, end: read });
  performance.measure('pranata:dashboard-compute', { start: read });
  return dashboard;
}

function none<T>(): Promise<T[]> {
  return Promise.resolve([]);
}

async function activeLimit(db: PranataDb, settings: Settings): Promise<number> {
  const profile = settings.activeProfileId
    ? await db.profiles.get(settings.activeProfileId)
    : await db.profiles.toCollection().first();
  return profile?.postsPerDayLimit ?? DEFAULT_POSTS_PER_DAY_LIMIT;
}

/**
 * The latest follower reading of each own account before the range (one index lookup each), so
 * rates by followers work even when the profile page was not opened during the range. Rows
 * before the range only serve as follower counts: the dashboard does not count them.
 */
async function latestFollowerSnapshots(db: PranataDb, settings: Settings, before: number): Promise<Snapshot[]> {
  const own = settings.accounts.filter((a) => a.role === 'own');
  const found = await Promise.all(
    own.map((a) => {
      const handle = normalizeHandle(a.handle);
      return db.snapshots
        .where('[postId+at]')
        .between([handle, 0], [handle, before], true, false)
        .reverse()
        .filter((s) => s.kind === 'profile' && s.platform === a.platform)
        .first();
    }),
  );
  return found.filter((s): s is Snapshot => s !== undefined);
}

/** The own accounts' posts among the rows read (raw snapshots and roll-ups), once each. */
function ownPostsOf(settings: Settings, snapshots: readonly Snapshot[], rollups: readonly RollupRow[]): { platform: Snapshot['platform']; postId: string }[] {
  const own = new Set(settings.accounts.filter((a) => a.role === 'own').map((a) => `${a.platform}|${normalizeHandle(a.handle)}`));
  const out = new Map<string, { platform: Snapshot['platform']; postId: string }>();
  const add = (platform: Snapshot['platform'], account: string, postId: string) => {
    if (own.has(`${platform}|${normalizeHandle(account)}`)) out.set(`${platform}|${postId}`, { platform, postId });
  };
  for (const s of snapshots) if (s.kind === 'post') add(s.platform, s.account, s.postId);
  for (const r of rollups) if (isSnapshotRollup(r) && r.kind === 'post') add(r.platform, r.account, r.postId);
  return [...out.values()];
}

/**
 * The latest raw snapshot of each post before `before` (one index lookup each). Before the range,
 * rows only serve as the baseline of the first day's gain; the dashboard does not count them.
 * (Raw snapshots older than the retention are gone; a post seen only then has no baseline, as
 * its badge has no previous snapshot.)
 */
async function latestPostSnapshotsBefore(db: PranataDb, posts: readonly { platform: Snapshot['platform']; postId: string }[], before: number): Promise<Snapshot[]> {
  const found = await Promise.all(
    posts.map((p) =>
      db.snapshots
        .where('[postId+at]')
        .between([p.postId, 0], [p.postId, before], true, false)
        .reverse()
        .filter((s) => s.kind === 'post' && s.platform === p.platform)
        .first(),
    ),
  );
  return found.filter((s): s is Snapshot => s !== undefined);
}

// Roll-up rows are written by the maintenance only; a cheap structural check keeps a row of
// another format version out without parsing thousands of rows with zod on every render.
function isSnapshotRollup(row: RollupRow): row is RollupRow & SnapshotRollup {
  return row.v === ROLLUP_VERSION && typeof row.key === 'string' && row.key.startsWith('s|') && typeof row.last === 'object' && row.last !== null;
}

function isReplyRollup(row: RollupRow): row is RollupRow & ReplyRollup {
  return row.v === ROLLUP_VERSION && typeof row.key === 'string' && row.key.startsWith('r|') && typeof row.kinds === 'object' && row.kinds !== null;
}
