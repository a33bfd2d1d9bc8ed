import { describe, expect, it } from 'vitest';
import { runMaintenanceUntilDone } from '@/lib/db/maintenance';
import { loadDashboard } from '@/lib/db/dashboard';
import { readRollupState } from '@/lib/db/rollup-state';
import { dayKeySchema, snapshotRollupSchema } from '@/lib/schemas/rollup';
import { snapshotSchema } from '@/lib/schemas/snapshot';
import { replyEventSchema } from '@/lib/schemas/reply-event';
import { metaRowSchema, META_VALUE_MAX_CHARS } from '@/lib/backup/rows';
import { accountsContext, replyEvent, snapshot } from '../helpers/db';

/** Issue 21 item 2: any stored value survives (rows written before the bounds, or by a backup). */
const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const DAY = 86_400_000;

describe('bounded times and real calendar days at the schema', () => {
  it.each([8.64e15, Date.UTC(2100, 0, 2), Date.UTC(9999, 11, 31)])('a snapshot or reply event at %d is refused', (at) => {
    expect(snapshotSchema.safeParse(snapshot({ at })).success).toBe(false);
    expect(snapshotSchema.safeParse(snapshot({ postedAt: at })).success).toBe(false);
    expect(replyEventSchema.safeParse(replyEvent({ at })).success).toBe(false);
    expect(replyEventSchema.safeParse(replyEvent({ targetAt: at })).success).toBe(false);
  });

  it.each([
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2027-02-29', false],
    ['9999-12-31', false],
    ['1999-12-31', false],
    ['2028-02-29', true],
    ['2026-11-22', true],
  ])('day %s → %s', (day, ok) => {
    expect(dayKeySchema.safeParse(day).success).toBe(ok);
    const row = { v: 1, key: `s|${day}|x|humas|post|1`, day, platform: 'x', kind: 'post', account: 'humas', postId: '1', firstAt: NOW, lastAt: NOW, last: {}, samples: 1 };
    expect(snapshotRollupSchema.safeParse(row).success).toBe(ok);
  });
});

describe('maintenance skips and reports a bad row instead of stopping for good', () => {
  it.each([
    ['a snapshot at 8.64e15', { snaps: [snapshot({ id: 'bad', at: 8.64e15 })], events: [] }],
    ['a reply event at 8.64e15', { snaps: [], events: [replyEvent({ id: 'bad', at: 8.64e15 })] }],
    ['a snapshot posted at 8.64e15', { snaps: [snapshot({ id: 'bad', at: NOW - 200 * DAY, postedAt: 8.64e15 })], events: [] }],
  ])('%s: the run finishes, other rows are rolled and expired, the bad row is gone', async (_name, rows) => {
    const ctx = await accountsContext(NOW);
    // Rows as an older version (or a page, before the bounds) could have stored them.
    await ctx.db.snapshots.bulkAdd([...rows.snaps, snapshot({ id: 'old', at: NOW - 120 * DAY }), snapshot({ id: 'recent', postId: 'r', at: NOW - DAY })]);
    await ctx.db.replyEvents.bulkAdd([...rows.events, replyEvent({ id: 'old-e', at: NOW - 120 * DAY, targetAt: NOW - 120 * DAY - 60_000 })]);
    const res = await runMaintenanceUntilDone(ctx.db, { now: NOW });
    expect(res.badRows).toBe(1);
    expect(res.rolledThrough).toBe('2026-11-22');
    // Retention (90 days) still holds: the old rows were rolled and removed.
    expect(await ctx.db.snapshots.get('old')).toBeUndefined();
    expect(await ctx.db.replyEvents.get('old-e')).toBeUndefined();
    expect(await ctx.db.snapshots.get('bad')).toBeUndefined();
    expect(await ctx.db.replyEvents.get('bad')).toBeUndefined();
    expect(await ctx.db.snapshots.get('recent')).toBeDefined();
    expect(await ctx.db.snapshotRollups.count()).toBeGreaterThan(0);
  });

  it('a watermark later than yesterday is forgotten: the days are rolled again and the watermark is yesterday', async () => {
    const ctx = await accountsContext(NOW);
    await ctx.db.snapshots.add(snapshot({ id: 'r', at: NOW - 3 * DAY }));
    await ctx.db.meta.put({ key: 'rollup', value: { rolledThrough: '2099-12-31', timeZone: 'WIB', at: NOW } });
    const res = await runMaintenanceUntilDone(ctx.db, { now: NOW });
    expect(res.rolledThrough).toBe('2026-11-22');
    expect((await readRollupState(ctx.db))?.rolledThrough).toBe('2026-11-22');
    expect(await ctx.db.snapshotRollups.where('day').equals('2026-11-20').count()).toBe(1);
  });
});

describe('the dashboard skips and reports a bad row instead of throwing', () => {
  it.each(['9999-12-31', '2099-12-31'])('watermark %s: no DataError, today’s raw rows still count', async (rolledThrough) => {
    const ctx = await accountsContext(NOW);
    await ctx.db.snapshots.add(snapshot({ at: NOW - 60_000 }));
    await ctx.db.meta.put({ key: 'rollup', value: { rolledThrough, timeZone: 'WIB', at: NOW } });
    const dash = await loadDashboard(ctx.db, { range: '7d', now: NOW });
    expect(JSON.stringify(dash)).toContain('1850000000000000001');
  });

  it('a raw row posted at 8.64e15 is skipped, the others shown', async () => {
    const ctx = await accountsContext(NOW);
    await ctx.db.snapshots.bulkAdd([snapshot({ postedAt: 8.64e15, postId: 'bad' }), snapshot({ at: NOW - 60_000 })]);
    const { loadDashboardRows } = await import('@/lib/db/dashboard');
    const rows = await loadDashboardRows(ctx.db, { range: '7d', now: NOW });
    expect(rows.skippedRows).toBe(1);
    const dash = await loadDashboard(ctx.db, { range: '7d', now: NOW });
    expect(JSON.stringify(dash)).toContain('1850000000000000001');
  });
});

describe('backup meta rows, key by key', () => {
  const watermark = (rolledThrough: string) => ({ key: 'rollup', value: { rolledThrough, timeZone: 'WIB', at: NOW } });
  it.each<[string, unknown, boolean]>([
    ['a watermark of yesterday', watermark(new Date(Date.now() - DAY).toISOString().slice(0, 10)), true],
    ['a watermark of 9999-12-31', watermark('9999-12-31'), false],
    ['a watermark next year', watermark(`${new Date().getUTCFullYear() + 1}-01-01`), false],
    ['a watermark on 2026-02-31', watermark('2026-02-31'), false],
    ['a watermark that is a string', { key: 'rollup', value: 'kemarin' }, false],
    ['a small value under another key', { key: 'lain', value: { a: 1 } }, true],
    ['a 9 MB value under another key', { key: 'lain', value: 'x'.repeat(9 * 1024 * 1024) }, false],
  ])('%s → %s', (_name, row, ok) => {
    const res = metaRowSchema.safeParse(row);
    expect(res.success).toBe(ok);
    if (!res.success && JSON.stringify(row).length > META_VALUE_MAX_CHARS) expect(JSON.stringify(res.error.issues)).toContain(String(META_VALUE_MAX_CHARS));
  });
});
