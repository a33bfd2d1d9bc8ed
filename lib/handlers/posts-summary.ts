import type { PlatformId } from '@/lib/schemas/common';
import type { Count, Counts } from '@/lib/schemas/snapshot';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';
import type { HandlerContext } from './context';

/** How many of a post's latest snapshots the badge gets (the protocol's number). */
const SUMMARY_SNAPSHOTS = MESSAGE_LIMITS.summarySnapshots;

export interface PostSummary {
  postId: string;
  /** Newest first. */
  snapshots: { id: string; at: number; counts: Counts }[];
}

export interface PostsSummary {
  followers: Count | null;
  followersAt: number | null;
  posts: PostSummary[];
}

/**
 * What the badge on an own post needs: the post's latest snapshots and the account's latest
 * follower count. Index lookups only ([postId+at], newest first), a handful of rows per post.
 */
export async function postsSummary(
  ctx: HandlerContext,
  input: { platform: PlatformId; account: string; postIds: string[] },
): Promise<PostsSummary> {
  const { db } = ctx;
  const handle = input.account.replace(/^@/, '').toLowerCase();
  const postIds = [...new Set(input.postIds)];
  return db.transaction('r', db.snapshots, async () => {
    const newest = (postId: string, limit: number, kind: 'post' | 'profile') =>
      db.snapshots
        .where('[postId+at]')
        .between([postId, 0], [postId, Infinity], true, true)
        .reverse()
        .filter((s) => s.platform === input.platform && s.kind === kind)
        .limit(limit)
        .toArray();
    const [profile, ...posts] = await Promise.all([
      newest(handle, 1, 'profile'),
      ...postIds.map((id) => newest(id, SUMMARY_SNAPSHOTS, 'post')),
    ]);
    const latestProfile = profile?.[0];
    return {
      followers: latestProfile?.counts.followers ?? null,
      followersAt: latestProfile?.counts.followers ? latestProfile.at : null,
      posts: postIds.map((postId, i) => ({
        postId,
        snapshots: (posts[i] ?? []).map((s) => ({ id: s.id, at: s.at, counts: s.counts })),
      })),
    };
  });
}
