import type { PlatformId } from '@/lib/schemas/common';
import type { AccountRef } from '@/lib/schemas/settings';
import type { Snapshot } from '@/lib/schemas/snapshot';
import type { PostInfo, ProfileInfo } from '@/lib/platforms/types';

/** Handles as stored: no "@", lower case. */
export function normalizeHandle(handle: string): string {
  return handle.replace(/^@/, '').toLowerCase();
}

/** The handles of one platform with one of the given roles. */
export function handlesOf(
  accounts: readonly AccountRef[],
  platform: PlatformId,
  roles: readonly AccountRef['role'][],
): Set<string> {
  return new Set(accounts.filter((a) => a.platform === platform && roles.includes(a.role)).map((a) => normalizeHandle(a.handle)));
}

export interface SnapshotSelection {
  platform: PlatformId;
  /** Own and watched handles of this platform: nobody else's posts are ever snapshotted. */
  accounts: ReadonlySet<string>;
  now: number;
  intervalMs: number;
  /**
   * What this page already queued, by `kind|postId` → time: a post is queued at most once per
   * interval (the background checks the interval again across tabs). Updated in place.
   */
  lastQueued: Map<string, number>;
  newId: () => string;
}

/**
 * The snapshots one scan gives: each post by an own or watched account (its counts as the
 * adapter read them, exact or not), and the profile's follower count when the profile is one of
 * those accounts. Posts without any count and posts queued within the interval are left out.
 */
export function snapshotRows(scan: { posts: readonly PostInfo[]; profile: ProfileInfo | null }, sel: SnapshotSelection): Snapshot[] {
  const out: Snapshot[] = [];
  const due = (key: string): boolean => {
    const last = sel.lastQueued.get(key);
    if (last !== undefined && sel.now - last < sel.intervalMs) return false;
    sel.lastQueued.set(key, sel.now);
    return true;
  };
  for (const post of scan.posts) {
    const handle = post.authorHandle ? normalizeHandle(post.authorHandle) : '';
    if (!handle || !sel.accounts.has(handle)) continue;
    if (Object.keys(post.counts).length === 0 || !post.id) continue;
    if (!due(`post|${post.id}`)) continue;
    const row: Snapshot = {
      id: sel.newId(),
      kind: 'post',
      platform: sel.platform,
      account: handle,
      postId: post.id,
      at: sel.now,
      counts: post.counts,
    };
    if (post.permalink) row.permalink = post.permalink;
    if (post.postedAt !== undefined && Number.isFinite(post.postedAt)) row.postedAt = post.postedAt;
    out.push(row);
  }
  const profile = scan.profile;
  if (profile?.counts.followers) {
    const handle = normalizeHandle(profile.handle);
    if (sel.accounts.has(handle) && due(`profile|${handle}`)) {
      out.push({
        id: sel.newId(),
        kind: 'profile',
        platform: sel.platform,
        account: handle,
        postId: handle,
        at: sel.now,
        counts: { followers: profile.counts.followers },
      });
    }
  }
  return out;
}
