import { describe, expect, it } from 'vitest';
import { recordSnapshots } from '@/lib/handlers/snapshots';
import { writeSettings } from '@/lib/db/settings';
import { accountsContext, snapshot } from '../helpers/db';

const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
const MIN = 60_000;

describe('recordSnapshots', () => {
  it('writes a batch of different posts in one call', async () => {
    const ctx = await accountsContext();
    const batch = Array.from({ length: 50 }, (_, i) => snapshot({ postId: `p${i}`, at: T0 }));
    expect(await recordSnapshots(ctx, { snapshots: batch })).toEqual({ written: 50, skipped: 0, writtenIds: batch.map((s) => s.id) });
    expect(await ctx.db.snapshots.count()).toBe(50);
  });

  it.each([
    [14, 1],
    [15, 2],
    [60, 2],
  ])('a second snapshot of the same post %i minutes later → %i rows (interval 15)', async (minutes, rows) => {
    const ctx = await accountsContext();
    await recordSnapshots(ctx, { snapshots: [snapshot({ at: T0 })] });
    await recordSnapshots(ctx, { snapshots: [snapshot({ at: T0 + minutes * MIN })] });
    expect(await ctx.db.snapshots.count()).toBe(rows);
  });

  it('applies the interval inside one batch too, whatever the order', async () => {
    const ctx = await accountsContext();
    const [late, first, early] = [snapshot({ at: T0 + 20 * MIN }), snapshot({ at: T0 }), snapshot({ at: T0 + 5 * MIN })];
    const res = await recordSnapshots(ctx, { snapshots: [late, first, early] });
    // The page is told exactly which ones were kept (its badges add those, without asking again).
    expect(res).toEqual({ written: 2, skipped: 1, writtenIds: [first.id, late.id] });
    expect(early.id).not.toBe(first.id);
  });

  it('follows the configured interval', async () => {
    const ctx = await accountsContext();
    await writeSettings(ctx.db, { snapshotIntervalMinutes: 1 });
    await recordSnapshots(ctx, { snapshots: [snapshot({ at: T0 }), snapshot({ at: T0 + 2 * MIN })] });
    expect(await ctx.db.snapshots.count()).toBe(2);
  });

  it('is idempotent: a replayed batch (service worker stopped before replying) adds nothing', async () => {
    const ctx = await accountsContext();
    const batch = [snapshot({ postId: 'a', at: T0 }), snapshot({ postId: 'b', at: T0 })];
    await recordSnapshots(ctx, { snapshots: batch });
    expect(await recordSnapshots(ctx, { snapshots: batch })).toEqual({ written: 0, skipped: 2, writtenIds: [] });
    expect(await ctx.db.snapshots.count()).toBe(2);
  });

  it('a batch that fails mid-way writes nothing, so its replay writes everything once', async () => {
    const ctx = await accountsContext();
    const batch = [snapshot({ postId: 'a', at: T0 }), snapshot({ postId: 'b', at: T0 })];
    let calls = 0;
    const fail = () => {
      calls += 1;
      if (calls === 2) throw new Error('service worker stopped');
    };
    ctx.db.snapshots.hook('creating', fail);
    await expect(recordSnapshots(ctx, { snapshots: batch })).rejects.toThrow();
    expect(await ctx.db.snapshots.count()).toBe(0);
    ctx.db.snapshots.hook('creating').unsubscribe(fail);
    expect(await recordSnapshots(ctx, { snapshots: batch })).toEqual({ written: 2, skipped: 0, writtenIds: ['a', 'b'].map((p) => batch.find((s) => s.postId === p)?.id) });
  });

  it('normalises the account handle', async () => {
    const ctx = await accountsContext();
    await recordSnapshots(ctx, { snapshots: [snapshot({ account: '@HumasKotaContoh' })] });
    expect((await ctx.db.snapshots.toArray())[0]?.account).toBe('humaskotacontoh');
  });
});
