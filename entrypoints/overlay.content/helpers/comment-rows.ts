import type { CommentInfo } from '@/lib/platforms/types';
import type { PlatformId } from '@/lib/schemas/common';
import type { SeenComment } from '@/lib/schemas/comment';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';

/** A comment seen again unchanged is sent again at most this often (its "last seen" for retention). */
export const RESEND_MS = 30 * 60_000;

/**
 * The rows of one scan for 'comments.seen': only comments that are new on this page, changed
 * (answered now, a time found) or not sent for RESEND_MS. `sent` remembers what went out
 * (comment id → signature and time) and is updated here.
 */
export function commentRows(
  comments: readonly CommentInfo[],
  opts: { platform: PlatformId; now: number; sent: Map<string, { sig: string; at: number }> },
): SeenComment[] {
  const out: SeenComment[] = [];
  for (const c of comments) {
    const sig = `${c.answeredByOwn ? 1 : 0}|${c.postedAt ?? ''}|${c.text.length}`;
    const last = opts.sent.get(c.id);
    if (last && last.sig === sig && opts.now - last.at < RESEND_MS) continue;
    opts.sent.set(c.id, { sig, at: opts.now });
    const row: SeenComment = {
      id: c.id,
      platform: opts.platform,
      postId: c.postId,
      account: c.postAccount,
      permalink: c.permalink,
      authorHandle: c.authorHandle,
      answeredByOwn: c.answeredByOwn,
      text: c.text.slice(0, MESSAGE_LIMITS.commentTextLength),
    };
    if (c.postedAt !== undefined) row.postedAt = c.postedAt;
    if (c.postedAt !== undefined && c.postedAtResolutionMs !== undefined) row.postedAtResolutionMs = c.postedAtResolutionMs;
    out.push(row);
  }
  return out;
}
