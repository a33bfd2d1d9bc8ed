import type { HandlerContext } from './context';

/**
 * Deletes the history: the reply log, snapshots (and their roll-ups) and the page diagnostics
 * (which name page paths of the admin's browsing) and the citizens' comments of the "Perlu
 * dibalas" queue (handles, personal data under UU PDP). Templates, profiles and settings stay.
 */
export async function wipeHistory(ctx: HandlerContext): Promise<{ replyEvents: number; snapshots: number; comments: number }> {
  const { db } = ctx;
  const tables = [db.replyEvents, db.snapshots, db.snapshotRollups, db.replyRollups, db.diagnostics, db.meta, db.comments];
  return db.transaction('rw', tables, async () => {
    const replyEvents = await db.replyEvents.count();
    const snapshots = await db.snapshots.count();
    const comments = await db.comments.count();
    await Promise.all([db.replyEvents.clear(), db.snapshots.clear(), db.snapshotRollups.clear(), db.replyRollups.clear(), db.diagnostics.clear(), db.comments.clear()]);
    // The roll-up watermark goes too: open dashboards drop what they cached of the old roll-ups.
    await db.meta.delete('rollup');
    return { replyEvents, snapshots, comments };
  });
}
