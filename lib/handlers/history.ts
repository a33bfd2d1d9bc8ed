import type { HandlerContext } from './context';

/** Deletes the reply log and snapshots (and their roll-ups); templates and profiles stay. */
export async function wipeHistory(ctx: HandlerContext): Promise<{ replyEvents: number; snapshots: number }> {
  const { db } = ctx;
  return db.transaction('rw', [db.replyEvents, db.snapshots, db.snapshotRollups, db.replyRollups, db.meta], async () => {
    const replyEvents = await db.replyEvents.count();
    const snapshots = await db.snapshots.count();
    await Promise.all([db.replyEvents.clear(), db.snapshots.clear(), db.snapshotRollups.clear(), db.replyRollups.clear()]);
    // The roll-up watermark goes too: open dashboards drop what they cached of the old roll-ups.
    await db.meta.delete('rollup');
    return { replyEvents, snapshots };
  });
}
