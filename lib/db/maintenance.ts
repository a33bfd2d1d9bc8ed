import {
  addDayKeys,
  dayKey,
  dayStart,
  parseReplyRollups,
  parseSnapshotRollups,
  planRollup,
  retentionCutoff,
} from '@/lib/engagement';
import type { DayKey } from '@/lib/schemas/rollup';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { PranataDb } from './index';
import { readRollupState, writeRollupState } from './rollup-state';
import { readSettings } from './settings';
import { hasSaneTimes } from './sane-rows';
import { EPOCH_MS_MAX } from '@/lib/schemas/common';
import { pruneComments } from '@/lib/inbox/record';

export interface MaintenanceResult {
  /** Local days read and rolled in this run. */
  days: number;
  snapshotRollups: number;
  replyRollups: number;
  deletedSnapshots: number;
  deletedEvents: number;
  /** The watermark after the run: every day up to it is rolled up. */
  rolledThrough: DayKey | null;
  /** True when the per-run day cap left work for another run. */
  more: boolean;
  /**
   * Raw rows whose times no day can hold (after 2100, written before times were bounded):
   * skipped and deleted, so one of them can neither stop the run nor outlive retention.
   */
  badRows: number;
}

/** Days rolled per run (one transaction): a year of catching up is about a dozen short runs. */
export const MAX_DAYS_PER_RUN = 31;

/**
 * One roll-up maintenance run, in one transaction: rolls every finished local day since the
 * watermark into daily roll-ups (re-rolling the watermark day itself, for rows that arrived just
 * after midnight), then deletes raw rows past retention. Deleted rows are always rolled in the
 * same run, from whole days, so an unrolled row is never deleted and a late row is never lost.
 * Idempotent: running it twice changes nothing the second time (roll-up merges are idempotent).
 */
export async function runMaintenance(
  db: PranataDb,
  opts: { now: number; maxDays?: number },
): Promise<MaintenanceResult> {
  const maxDays = Math.max(1, opts.maxDays ?? MAX_DAYS_PER_RUN);
  const tables = [db.snapshots, db.replyEvents, db.snapshotRollups, db.replyRollups, db.meta, db.settings];
  return db.transaction('rw', tables, async () => {
    const settings = await readSettings(db);
    const zone = settings.timeZone;
    const today = dayKey(opts.now, zone);
    const yesterday = addDayKeys(today, -1);
    // A watermark after yesterday (a restored backup's "9999-12-31", a clock that was ahead)
    // promises days that were never rolled: forget it, the days are rolled again from raw rows.
    const stored = await readRollupState(db);
    const state = stored && stored.rolledThrough <= yesterday ? stored : null;
    const badRows = await deleteBadRows(db);
    const oldestAt = await oldestRawAt(db);
    const empty: MaintenanceResult = {
      days: 0,
      snapshotRollups: 0,
      replyRollups: 0,
      deletedSnapshots: 0,
      deletedEvents: 0,
      rolledThrough: state?.rolledThrough ?? null,
      more: false,
      badRows,
    };
    if (oldestAt === null) {
      // Nothing raw at all: every finished day is trivially rolled.
      if (!state || state.rolledThrough < yesterday) {
        await writeRollupState(db, { rolledThrough: yesterday, timeZone: zone, at: opts.now });
      }
      return { ...empty, rolledThrough: yesterday };
    }
    const oldestDay = dayKey(oldestAt, zone);

    // Days to roll: from the watermark day (or the oldest raw row) to yesterday, capped. Rolled
    // days always keep a roll-up row, so raw rows on a day without one were never rolled (an
    // import, or rows written before the first run): roll again from there.
    const oldestRolled = state !== null && state.rolledThrough >= oldestDay && (await hasRollup(db, oldestDay));
    const rollFrom = state && oldestRolled ? state.rolledThrough : oldestDay;
    const rollTo = minDay(yesterday, addDayKeys(rollFrom, maxDays - 1));
    const rolling = rollFrom <= rollTo;
    // Re-rolling from an older day moves the watermark back to where this run stops: the days
    // after it are read raw by the dashboard until the next runs catch up.
    const watermark = rolling ? rollTo : (state?.rolledThrough ?? null);

    // Days with raw rows past retention, already rolled (or rolled in this run), capped.
    const retention = retentionCutoff(opts.now, zone, settings.retentionDays);
    let expiredTo: DayKey | null = null;
    let expiredCapped = false;
    if (oldestAt < retention.at && watermark !== null) {
      const limit = minDay(addDayKeys(retention.day, -1), watermark);
      expiredTo = minDay(limit, addDayKeys(oldestDay, maxDays - 1));
      expiredCapped = expiredTo < limit;
      if (expiredTo < oldestDay) expiredTo = null;
    }

    const spans: [DayKey, DayKey][] = [];
    if (expiredTo !== null) spans.push([oldestDay, expiredTo]);
    if (rolling) spans.push([rollFrom, rollTo]);
    const merged = mergeSpans(spans);
    if (merged.length === 0) return empty;

    const snapshots: Snapshot[] = [];
    const events: ReplyEvent[] = [];
    const storedSnapshotRollups: unknown[] = [];
    const storedReplyRollups: unknown[] = [];
    let days = 0;
    let extraBad = 0;
    for (const [from, to] of merged) {
      const lower = dayStart(from, zone);
      const upper = dayStart(addDayKeys(to, 1), zone);
      const [s, e, sr, rr] = await Promise.all([
        db.snapshots.where('at').between(lower, upper, true, false).toArray(),
        db.replyEvents.where('at').between(lower, upper, true, false).toArray(),
        db.snapshotRollups.where('day').between(from, to, true, true).toArray(),
        db.replyRollups.where('day').between(from, to, true, true).toArray(),
      ]);
      // Times inside the span but a post or target time no day can hold: skipped (and deleted).
      const badS = s.filter((r) => !hasSaneTimes(r)).map((r) => r.id);
      const badE = e.filter((r) => !hasSaneTimes(r)).map((r) => r.id);
      if (badS.length) await db.snapshots.bulkDelete(badS);
      if (badE.length) await db.replyEvents.bulkDelete(badE);
      extraBad += badS.length + badE.length;
      snapshots.push(...s.filter(hasSaneTimes));
      events.push(...e.filter(hasSaneTimes));
      storedSnapshotRollups.push(...sr);
      storedReplyRollups.push(...rr);
      days += spanLength(from, to);
    }

    const plan = planRollup({
      snapshots,
      events,
      snapshotRollups: parseSnapshotRollups(storedSnapshotRollups).rows,
      replyRollups: parseReplyRollups(storedReplyRollups).rows,
      now: opts.now,
      timeZone: zone,
      retentionDays: settings.retentionDays,
    });
    await db.snapshotRollups.bulkPut(plan.snapshotRollups);
    await db.replyRollups.bulkPut(plan.replyRollups);
    await db.snapshots.bulkDelete(plan.deleteSnapshotIds);
    await db.replyEvents.bulkDelete(plan.deleteEventIds);
    // A new watermark row whenever roll-ups were written: pages caching roll-ups by day
    // (rollup-cache.ts) take it as a new generation.
    const wrote = plan.snapshotRollups.length > 0 || plan.replyRollups.length > 0;
    if (watermark !== null && (wrote || !state || watermark !== state.rolledThrough || state.timeZone !== zone)) {
      await writeRollupState(db, { rolledThrough: watermark, timeZone: zone, at: opts.now });
    }
    return {
      days,
      snapshotRollups: plan.snapshotRollups.length,
      replyRollups: plan.replyRollups.length,
      deletedSnapshots: plan.deleteSnapshotIds.length,
      deletedEvents: plan.deleteEventIds.length,
      rolledThrough: watermark,
      more: (rolling && rollTo < yesterday) || expiredCapped,
      badRows: badRows + extraBad,
    };
  });
}

/** Deletes raw rows timed after EPOCH_MS_MAX (see MaintenanceResult.badRows); returns how many. */
async function deleteBadRows(db: PranataDb): Promise<number> {
  const [s, e] = await Promise.all([
    db.snapshots.where('at').above(EPOCH_MS_MAX).delete(),
    db.replyEvents.where('at').above(EPOCH_MS_MAX).delete(),
  ]);
  return s + e;
}

/** Runs maintenance until it has caught up (each run its own transaction). */
export async function runMaintenanceUntilDone(
  db: PranataDb,
  opts: { now: number; maxDays?: number; maxRuns?: number },
): Promise<MaintenanceResult & { runs: number; deletedComments: number }> {
  const maxRuns = opts.maxRuns ?? 200;
  let total: MaintenanceResult & { runs: number } = {
    days: 0,
    snapshotRollups: 0,
    replyRollups: 0,
    deletedSnapshots: 0,
    deletedEvents: 0,
    rolledThrough: null,
    more: true,
    runs: 0,
    badRows: 0,
  };
  while (total.more && total.runs < maxRuns) {
    const r = await runMaintenance(db, opts);
    total = {
      days: total.days + r.days,
      snapshotRollups: total.snapshotRollups + r.snapshotRollups,
      replyRollups: total.replyRollups + r.replyRollups,
      deletedSnapshots: total.deletedSnapshots + r.deletedSnapshots,
      deletedEvents: total.deletedEvents + r.deletedEvents,
      rolledThrough: r.rolledThrough,
      more: r.more,
      runs: total.runs + 1,
      badRows: total.badRows + r.badRows,
    };
  }
  // Citizens' comments are not rolled up: past their own retention they are simply deleted.
  const deletedComments = await pruneComments(db, opts.now, (await readSettings(db)).commentRetentionDays);
  return { ...total, deletedComments };
}

async function hasRollup(db: PranataDb, day: DayKey): Promise<boolean> {
  const [s, r] = await Promise.all([
    db.snapshotRollups.where('day').equals(day).first(),
    db.replyRollups.where('day').equals(day).first(),
  ]);
  return s !== undefined || r !== undefined;
}

/** Forget the watermark (after an import): the next run rolls every day that has raw rows. */
export async function resetRollupState(db: PranataDb): Promise<void> {
  await db.meta.delete('rollup');
}

async function oldestRawAt(db: PranataDb): Promise<number | null> {
  const [s, e] = await Promise.all([db.snapshots.orderBy('at').first(), db.replyEvents.orderBy('at').first()]);
  const ats = [s?.at, e?.at].filter((a): a is number => a !== undefined);
  return ats.length ? Math.min(...ats) : null;
}

function minDay(a: DayKey, b: DayKey): DayKey {
  return a <= b ? a : b;
}

function maxDay(a: DayKey, b: DayKey): DayKey {
  return a >= b ? a : b;
}

function spanLength(from: DayKey, to: DayKey): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** Sorted, overlapping or adjacent spans joined. */
function mergeSpans(spans: [DayKey, DayKey][]): [DayKey, DayKey][] {
  const sorted = [...spans].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [DayKey, DayKey][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= addDayKeys(last[1], 1)) last[1] = maxDay(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
