import type { Snapshot } from '@/lib/schemas/snapshot';
import { readSettings } from '@/lib/db/settings';
import type { HandlerContext } from './context';

/**
 * Writes a batch of snapshots in one transaction. A snapshot is skipped when its id was
 * written already (a replayed batch after the service worker stopped) or when the same post
 * was snapshotted less than the configured interval before it.
 */
export async function recordSnapshots(
  ctx: HandlerContext,
  input: { snapshots: Snapshot[] },
): Promise<{ written: number; skipped: number; writtenIds: string[] }> {
  const { db } = ctx;
  const settings = await readSettings(db);
  const intervalMs = settings.snapshotIntervalMinutes * 60_000;
  return db.transaction('rw', db.snapshots, async () => {
    const byAt = [...input.snapshots].sort((a, b) => a.at - b.at);
    const existing = new Set(
      (await db.snapshots.bulkGet(byAt.map((s) => s.id))).flatMap((s) => (s ? [s.id] : [])),
    );
    const lastAt = new Map<string, number>();
    const accepted: Snapshot[] = [];
    for (const snap of byAt) {
      if (existing.has(snap.id)) continue;
      const key = `${snap.platform}\u0000${snap.postId}`;
      let last = lastAt.get(key);
      if (last === undefined) {
        const prev = await db.snapshots
          .where('[platform+postId]')
          .equals([snap.platform, snap.postId])
          .reverse()
          .sortBy('at');
        last = prev[0]?.at ?? -Infinity;
      }
      if (snap.at - last < intervalMs) continue;
      accepted.push({ ...snap, account: snap.account.replace(/^@/, '').toLowerCase() });
      lastAt.set(key, snap.at);
    }
    if (accepted.length) await db.snapshots.bulkAdd(accepted);
    return { written: accepted.length, skipped: input.snapshots.length - accepted.length, writtenIds: accepted.map((s) => s.id) };
  });
}
