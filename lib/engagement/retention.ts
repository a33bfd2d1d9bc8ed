import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { DayKey, ReplyRollup, SnapshotRollup } from '@/lib/schemas/rollup';
import type { Snapshot } from '@/lib/schemas/snapshot';
import { addDayKeys, dayKey, dayStart, startOfDayAt, type ZoneInput } from './days';
import { mergeReplyRollups, rollupReplies } from './rollup-replies';
import { mergeSnapshotRollups, rollupSnapshots } from './rollup-snapshots';

export interface Cutoff {
  /** Rows on days before this day key are affected. */
  day: DayKey;
  /** Local midnight starting `day`: rows with `at` before it are affected. */
  at: number;
}

/** Days before today (local) are over: their raw rows may be rolled up, as often as convenient. */
export function rollupCutoff(now: number, zone: ZoneInput): Cutoff {
  return { day: dayKey(now, zone), at: startOfDayAt(now, zone) };
}

/**
 * Raw rows are kept for the last `retentionDays` local days, today included; rows before this
 * cutoff may be deleted once rolled up. Never later than today's midnight, so a raw row is never
 * deleted before its day is over and rolled.
 */
export function retentionCutoff(now: number, zone: ZoneInput, retentionDays: number): Cutoff {
  const keep = Math.max(1, Math.floor(Number.isFinite(retentionDays) ? retentionDays : 1));
  const day = addDayKeys(dayKey(now, zone), -(keep - 1));
  return { day, at: dayStart(day, zone) };
}

/** Splits raw rows into those to keep and those past retention (to be rolled up, then deleted). */
export function pruneOlderThan<T extends { at: number }>(
  rows: readonly T[],
  options: { now: number; timeZone: ZoneInput; retentionDays: number },
): { keep: T[]; drop: T[]; cutoff: Cutoff } {
  const cutoff = retentionCutoff(options.now, options.timeZone, options.retentionDays);
  const keep: T[] = [];
  const drop: T[] = [];
  for (const row of rows) (row.at < cutoff.at ? drop : keep).push(row);
  return { keep, drop, cutoff };
}

export interface RollupPlan {
  /** Rows to put (replacing stored rows with the same key). */
  snapshotRollups: SnapshotRollup[];
  replyRollups: ReplyRollup[];
  /** Raw rows now covered by a roll-up and past retention. */
  deleteSnapshotIds: string[];
  deleteEventIds: string[];
  rollup: Cutoff;
  retention: Cutoff;
}

/**
 * One maintenance pass, pure: roll up every finished day in the given raw rows, merge with the
 * stored roll-ups of the same keys, and list the raw rows past retention. Run it in one
 * transaction; running it again on the same rows plans the same rows (idempotent).
 *
 * Contract: pass every raw row of each day you include (query whole local days), and the stored
 * roll-up rows of those days. Rows of today are ignored: today is never rolled up.
 */
export function planRollup(input: {
  snapshots: readonly Snapshot[];
  events: readonly ReplyEvent[];
  snapshotRollups: readonly SnapshotRollup[];
  replyRollups: readonly ReplyRollup[];
  now: number;
  timeZone: ZoneInput;
  retentionDays: number;
}): RollupPlan {
  const rollup = rollupCutoff(input.now, input.timeZone);
  const retention = retentionCutoff(input.now, input.timeZone, input.retentionDays);
  const doneSnapshots = input.snapshots.filter((s) => s.at < rollup.at);
  const doneEvents = input.events.filter((e) => e.at < rollup.at);

  const freshSnapshots = rollupSnapshots(doneSnapshots, input.timeZone);
  const snapshotKeys = new Set(freshSnapshots.map((r) => r.key));
  const freshReplies = rollupReplies(doneEvents, input.timeZone);
  const replyKeys = new Set(freshReplies.map((r) => r.key));

  return {
    snapshotRollups: mergeSnapshotRollups(
      input.snapshotRollups.filter((r) => snapshotKeys.has(r.key)),
      freshSnapshots,
    ),
    replyRollups: mergeReplyRollups(
      input.replyRollups.filter((r) => replyKeys.has(r.key)),
      freshReplies,
    ),
    deleteSnapshotIds: uniqueIds(doneSnapshots.filter((s) => s.at < retention.at)),
    deleteEventIds: uniqueIds(doneEvents.filter((e) => e.at < retention.at)),
    rollup,
    retention,
  };
}

function uniqueIds(rows: readonly { id: string }[]): string[] {
  return [...new Set(rows.map((r) => r.id))].sort();
}
