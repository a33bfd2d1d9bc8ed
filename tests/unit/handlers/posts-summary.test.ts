import { describe, expect, it } from 'vitest';
import { postsSummary } from '@/lib/handlers/posts-summary';
import { routeMessage } from '@/lib/handlers/router';
import { contentSender, EXTENSION, snapshot, testContext } from '../helpers/db';

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
const MIN = 60_000;
const likes = (value: number) => ({ likes: { value, exact: true } });

describe('posts.summary', () => {
  it('gives each post its two latest snapshots, newest first, and the latest follower count', async () => {
    const ctx = testContext();
    await ctx.db.snapshots.bulkAdd([
      snapshot({ id: 'a1', postId: 'a', at: T0, counts: likes(1) }),
      snapshot({ id: 'a2', postId: 'a', at: T0 + 20 * MIN, counts: likes(5) }),
      snapshot({ id: 'a3', postId: 'a', at: T0 + 40 * MIN, counts: likes(9) }),
      snapshot({ id: 'b1', postId: 'b', at: T0, counts: likes(2) }),
      // Same post id on another platform: not this post.
      snapshot({ id: 'fb', platform: 'facebook', postId: 'a', at: T0 + 60 * MIN, counts: likes(99) }),
      snapshot({ id: 'p1', kind: 'profile', postId: 'humaskotacontoh', at: T0, counts: { followers: { value: 12000, exact: true } } }),
      snapshot({ id: 'p2', kind: 'profile', postId: 'humaskotacontoh', at: T0 + MIN, counts: { followers: { value: 12345, exact: true } } }),
    ]);
    const res = await postsSummary(ctx, { platform: 'x', account: '@HumasKotaContoh', postIds: ['a', 'b', 'c', 'a'] });
    expect(res.followers).toEqual({ value: 12345, exact: true });
    expect(res.followersAt).toBe(T0 + MIN);
    expect(res.posts.map((p) => [p.postId, p.snapshots.map((s) => s.id)])).toEqual([
      ['a', ['a3', 'a2']],
      ['b', ['b1']],
      ['c', []],
    ]);
  });

  it('is open to content scripts and validated', async () => {
    const ctx = testContext();
    const ok = await routeMessage({ type: 'posts.summary', payload: { platform: 'x', account: 'humas', postIds: ['1'] } }, contentSender(), ctx);
    expect(ok).toMatchObject({ ok: true, data: { followers: null, posts: [{ postId: '1', snapshots: [] }] } });
    const bad = await routeMessage({ type: 'posts.summary', payload: { platform: 'x', account: 'humas', postIds: [] } }, contentSender(), ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('maintenance.run is for extension pages only', async () => {
    const ctx = testContext();
    expect(await routeMessage({ type: 'maintenance.run', payload: {} }, contentSender(), ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await routeMessage({ type: 'maintenance.run', payload: {} }, EXTENSION, ctx)).toMatchObject({ ok: true, data: { runs: 1 } });
  });
});
