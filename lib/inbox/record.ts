import type { PranataDb } from '@/lib/db';
import { readSettings } from '@/lib/db/settings';
import { classifyComment } from '@/lib/inbox/classify';
import {
  commentKey,
  EXCERPT_MAX,
  openFlag,
  type CommentRow,
  type SeenComment,
} from '@/lib/schemas/comment';

/**
 * Writes a batch of comments a page saw under the agency's own posts, in one transaction.
 * - Only under a configured own account's post on that platform (never a watched account's or a
 *   citizen's), and never the agency's own comments: those are refused row by row (`skipped`).
 * - Idempotent by id: a comment seen again updates its row (last seen, answered, excerpt), it never
 *   makes a second one; a page saying "no reply seen" never re-opens an answered comment.
 * - A 'sent' reply event already recorded for it answers it (the admin replied, then scrolled).
 * - The excerpt is kept only while the agency has excerpts on; with them off it is dropped.
 */
export async function recordSeenComments(
  db: PranataDb,
  comments: readonly SeenComment[],
  now: number,
): Promise<{ written: number; updated: number; skipped: number }> {
  const settings = await readSettings(db);
  const own = new Set(settings.accounts.filter((a) => a.role === 'own').map((a) => `${a.platform}\u0000${a.handle}`));
  // One row per id even when a batch names a comment twice: the later reading wins.
  const byKey = new Map<string, SeenComment>();
  let skipped = 0;
  for (const c of comments) {
    const isOwnPost = own.has(`${c.platform}\u0000${c.account}`);
    const byAgency = own.has(`${c.platform}\u0000${c.authorHandle}`);
    if (!isOwnPost || byAgency) skipped++;
    else byKey.set(commentKey(c.platform, c.id), c);
  }
  skipped += comments.length - skipped - byKey.size;
  if (byKey.size === 0) return { written: 0, updated: 0, skipped };
  return db.transaction('rw', db.comments, db.replyEvents, async () => {
    const keys = [...byKey.keys()];
    const existing = await db.comments.bulkGet(keys);
    const sent = await db.replyEvents.where('targetId').anyOf([...byKey.values()].map((c) => c.id)).toArray();
    const sentAt = new Map<string, number>();
    for (const e of sent) {
      if (e.kind !== 'sent' || e.targetId === undefined) continue;
      const k = commentKey(e.platform, e.targetId);
      sentAt.set(k, Math.min(sentAt.get(k) ?? Infinity, e.at));
    }
    const rows: CommentRow[] = [];
    let written = 0;
    for (const [i, key] of keys.entries()) {
      const c = byKey.get(key);
      if (!c) continue;
      const before = existing[i];
      const { category, confidence } = classifyComment(c.text);
      const excerpt = settings.commentExcerpts ? c.text.trim().slice(0, EXCERPT_MAX) || undefined : undefined;
      const postedAt = c.postedAt ?? before?.postedAt;
      const row: CommentRow = {
        key,
        id: c.id,
        platform: c.platform,
        postId: c.postId,
        account: c.account,
        permalink: c.permalink,
        ...(postedAt !== undefined ? { postedAt } : {}),
        ...(c.postedAt !== undefined && c.postedAtResolutionMs !== undefined ? { postedAtMarginMs: c.postedAtResolutionMs } : {}),
        ...(c.postedAt === undefined && before?.postedAtMarginMs !== undefined ? { postedAtMarginMs: before.postedAtMarginMs } : {}),
        sortAt: postedAt ?? before?.firstSeenAt ?? now,
        firstSeenAt: before?.firstSeenAt ?? now,
        lastSeenAt: now,
        authorHandle: c.authorHandle,
        category,
        confidence,
        ...(excerpt !== undefined ? { excerpt } : {}),
        open: 1,
      };
      const replySeenAt = before?.replySeenAt ?? (c.answeredByOwn ? now : undefined);
      const sentTime = before?.sentAt ?? sentAt.get(key);
      if (replySeenAt !== undefined) row.replySeenAt = replySeenAt;
      if (sentTime !== undefined) row.sentAt = sentTime;
      if (before?.notNeededAt !== undefined) row.notNeededAt = before.notNeededAt;
      row.open = openFlag(row);
      rows.push(row);
      if (!before) written++;
    }
    await db.comments.bulkPut(rows);
    return { written, updated: rows.length - written, skipped };
  });
}

/** A recorded send that targets a comment answers it (source 2 of issue 17). */
export async function markCommentSent(db: PranataDb, platform: string, targetId: string, at: number): Promise<void> {
  const key = commentKey(platform, targetId);
  const row = await db.comments.get(key);
  if (!row || row.sentAt !== undefined) return;
  const next = { ...row, sentAt: at };
  await db.comments.put({ ...next, open: openFlag(next) });
}

/** "Tidak perlu dibalas" and its undo. False when the comment is gone (deleted, expired). */
export async function markCommentNotNeeded(db: PranataDb, key: string, notNeeded: boolean, now: number): Promise<CommentRow | null> {
  return db.transaction('rw', db.comments, async () => {
    const row = await db.comments.get(key);
    if (!row) return null;
    const { notNeededAt: _dropped, ...rest } = row;
    const next: CommentRow = notNeeded ? { ...row, notNeededAt: row.notNeededAt ?? now } : { ...rest };
    next.open = openFlag(next);
    await db.comments.put(next);
    return next;
  });
}

/** Retention: comments not seen for `days` days go (settings.commentRetentionDays). */
export async function pruneComments(db: PranataDb, now: number, days: number): Promise<number> {
  return db.comments.where('lastSeenAt').below(now - days * 86_400_000).delete();
}

/** Turning excerpts off drops the ones already kept, at once. */
export async function dropExcerpts(db: PranataDb): Promise<number> {
  return db.comments.toCollection().modify((row: CommentRow) => {
    delete row.excerpt;
  });
}
