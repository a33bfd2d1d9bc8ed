import type { HandlerContext } from './context';

/** Deletes the reply log and snapshots (and their roll-ups); templates and profiles stay. */
export async function wipeHistory(ctx: HandlerContext): Promise<{ replyEvents: number; snapshots: number }> {
  const { db } = ctx;
  return db.transaction('rw', [db.replyEvents, db.snapshots, db.snapshotRollups, db.replyRollups], async () => {
    const replyEvents = await db.replyEvents.count();
    const snapshots = await db.snapshots.count();
    await Promise.all([db.replyEvents.clear(), db.snapshots.clear(), db.snapshotRollups.clear(), db.replyRollups.clear()]);
    return { replyEvents, snapshots };
  });
}
