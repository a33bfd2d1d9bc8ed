import type { Snapshot } from '@/lib/schemas/snapshot';
import { readSettings } from '@/lib/db/settings';
import type { HandlerContext } from './context';

/** Handles as stored: no "@", lower case. */
function handleOf(account: string): string {
  return account.replace(/^@/, '').toLowerCase();
}

/**
 * Writes a batch of snapshots in one transaction. A snapshot is skipped when its id was
 * written already (a replayed batch after the service worker stopped), when the same post
 * was snapshotted less than the configured interval before it, or when its account is not one
 * of the agency's configured accounts on that platform (a page cannot make Pranata keep counts
 * of anybody else; a profile snapshot's post id is its own handle).
 */
export async function recordSnapshots(
  ctx: HandlerContext,
  input: { snapshots: Snapshot[] },
): Promise<{ written: number; skipped: number; writtenIds: string[] }> {
  const { db } = ctx;
  const settings = await readSettings(db);
  const intervalMs = settings.snapshotIntervalMinutes * 60_000;
  const configured = new Set(settings.accounts.map((a) => `${a.platform}\u0000${handleOf(a.handle)}`));
  const wanted = input.snapshots.filter((s) => {
    const handle = handleOf(s.account);
    if (!configured.has(`${s.platform}\u0000${handle}`)) return false;
    return s.kind === 'post' || handleOf(s.postId) === handle;
  });
  return db.transaction('rw', db.snapshots, async () => {
    const byAt = [...wanted].sort((a, b) => a.at - b.at);
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
        // The latest earlier row: a row timed after this one (a clock that was ahead, an old
        // forged row) must not hold back the post's real snapshots forever.
        last = prev.find((p) => p.at <= snap.at)?.at ?? -Infinity;
      }
      if (snap.at - last < intervalMs) continue;
      accepted.push({ ...snap, account: handleOf(snap.account) });
      lastAt.set(key, snap.at);
    }
    if (accepted.length) await db.snapshots.bulkAdd(accepted);
    return { written: accepted.length, skipped: input.snapshots.length - accepted.length, writtenIds: accepted.map((s) => s.id) };
  });
}
