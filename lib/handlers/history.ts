import type { HandlerContext } from './context';

/**
 * Deletes the history: the reply log, snapshots (and their roll-ups) and the page diagnostics
 * (which name page paths of the admin's browsing). Templates, profiles and settings stay.
 */
export async function wipeHistory(ctx: HandlerContext): Promise<{ replyEvents: number; snapshots: number }> {
  const { db } = ctx;
  const tables = [db.replyEvents, db.snapshots, db.snapshotRollups, db.replyRollups, db.diagnostics, db.meta];
  return db.transaction('rw', tables, async () => {
    const replyEvents = await db.replyEvents.count();
    const snapshots = await db.snapshots.count();
    await Promise.all([db.replyEvents.clear(), db.snapshots.clear(), db.snapshotRollups.clear(), db.replyRollups.clear(), db.diagnostics.clear()]);
    // The roll-up watermark goes too: open dashboards drop what they cached of the old roll-ups.
    await db.meta.delete('rollup');
    return { replyEvents, snapshots };
  });
}
