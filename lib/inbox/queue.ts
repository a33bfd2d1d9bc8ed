import type { PranataDb } from '@/lib/db';
import type { PlatformId } from '@/lib/schemas/common';
import type { CommentRow } from '@/lib/schemas/comment';

export interface CommentQueue {
  /** Comments still waiting, all platforms. */
  total: number;
  byPlatform: Partial<Record<PlatformId, number>>;
  /** The oldest waiting comment's time (postedAt, else first seen), or null when none waits. */
  oldestAt: number | null;
  /** Every waiting comment's time (sortAt), oldest first: what the response target is counted on. */
  waitingSince: number[];
  /** The oldest `limit` waiting comments, oldest first. */
  items: CommentRow[];
}

/**
 * The "Perlu dibalas" queue, read by extension pages with useLiveQuery (they see changes as the
 * background writes). Reads the [open+sortAt] index only: answered comments are never loaded.
 */
export async function readQueue(db: PranataDb, limit = 50): Promise<CommentQueue> {
  const open = db.comments.where('[open+sortAt]').between([1, -Infinity], [1, Infinity]);
  const rows = await open.toArray();
  const byPlatform: Partial<Record<PlatformId, number>> = {};
  for (const r of rows) byPlatform[r.platform] = (byPlatform[r.platform] ?? 0) + 1;
  return { total: rows.length, byPlatform, oldestAt: rows[0]?.sortAt ?? null, waitingSince: rows.map((r) => r.sortAt), items: rows.slice(0, limit) };
}

/** Rows that left the queue lately, newest first, so a "Tidak perlu dibalas" can be undone. */
export async function recentlyMarked(db: PranataDb, since: number): Promise<CommentRow[]> {
  const rows = await db.comments.where('[open+sortAt]').between([0, -Infinity], [0, Infinity]).toArray();
  return rows.filter((r) => (r.notNeededAt ?? -Infinity) >= since).sort((a, b) => (b.notNeededAt ?? 0) - (a.notNeededAt ?? 0));
}

/**
 * The comments that came in [from, to] (their sortAt), answered or not: what the inbox report
 * (lib/inbox/stats.ts) is computed on. Two ranges of the [open+sortAt] index, never the whole table.
 */
export async function readCommentsIn(db: PranataDb, from: number, to: number): Promise<CommentRow[]> {
  const [open, closed] = await Promise.all(
    ([1, 0] as const).map((o) => db.comments.where('[open+sortAt]').between([o, from], [o, to], true, true).toArray()),
  );
  return [...(open ?? []), ...(closed ?? [])];
}
