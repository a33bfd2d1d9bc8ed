import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreQueryRequest, Middleware } from 'dexie';
import { loadDashboard, loadDashboardRows } from '@/lib/db/dashboard';
import { runMaintenanceUntilDone } from '@/lib/db/maintenance';
import { writeSettings } from '@/lib/db/settings';
import { computeDashboard } from '@/lib/engagement/dashboard';
import { dayStart } from '@/lib/engagement/days';
import { BUCKET_RELATIVE_ERROR } from '@/lib/engagement/histogram';
import type { PranataDb } from '@/lib/db';
import { seededWeek, WEEK_ACCOUNTS } from '../engagement/week';
import { DAY, NOW, snap, wib } from '../engagement/fixtures';
import { replyEvent, testContext } from '../helpers/db';

/** Counts the rows each table hands out through range queries (what a full read would show). */
function countReads(db: PranataDb): Map<string, number> {
  const reads = new Map<string, number>();
  const mw: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'count-reads',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            async query(req: DBCoreQueryRequest) {
              const res = await table.query(req);
              reads.set(name, (reads.get(name) ?? 0) + res.result.length);
              return res;
            },
          };
        },
      };
    },
  };
  db.use(mw);
  return reads;
}

async function seededDb(now = NOW) {
  const ctx = testContext(now);
  const reads = countReads(ctx.db);
  await writeSettings(ctx.db, { accounts: WEEK_ACCOUNTS, timeZone: 'WIB', retentionDays: 365 });
  const week = seededWeek();
  await ctx.db.snapshots.bulkAdd(week.snapshots);
  await ctx.db.replyEvents.bulkAdd(week.events);
  return { ctx, week, reads };
}

const inputFor = (week: ReturnType<typeof seededWeek>, range: '7d' | 'today') => ({
  events: week.events,
  replyRollups: [],
  snapshots: week.snapshots,
  snapshotRollups: [],
  ownAccounts: WEEK_ACCOUNTS,
  range,
  now: NOW,
  timeZone: 'WIB',
  postsPerDayLimit: 5,
});

describe('dashboard query layer', () => {
  it.each(['7d', 'today'] as const)('%s: roll-ups + today raw give the same figures as every raw row', async (range) => {
    const { ctx, week } = await seededDb();
    await runMaintenanceUntilDone(ctx.db, { now: NOW });
    const fromDb = await loadDashboard(ctx.db, { range, now: NOW });
    const fromRaw = computeDashboard(inputFor(week, range));
    expect({ ...fromDb, responseTime: null }).toEqual({ ...fromRaw, responseTime: null });
    expect(fromDb.responseTime.samples).toBe(fromRaw.responseTime.samples);
    const exactMedian = fromRaw.responseTime.medianMs ?? 0;
    expect(fromDb.responseTime.medianMs).toBeGreaterThanOrEqual(exactMedian / BUCKET_RELATIVE_ERROR - 1);
    expect(fromDb.responseTime.medianMs).toBeLessThanOrEqual(exactMedian * BUCKET_RELATIVE_ERROR + 1);
  });

  it('reads raw rows of today (and the baseline) only once the finished days are rolled', async () => {
    const { ctx, week, reads } = await seededDb();
    await runMaintenanceUntilDone(ctx.db, { now: NOW });
    reads.clear();
    const rows = await loadDashboardRows(ctx.db, { range: '7d', now: NOW });
    const todayStart = dayStart('2025-03-05', 'WIB');
    expect(rows.rawFrom).toBe(todayStart);
    expect(rows.events.length).toBe(week.events.filter((e) => e.at >= todayStart).length);
    // Raw snapshots handed out: today's, nothing older (profile lookups use a cursor, one row each).
    expect(reads.get('snapshots')).toBe(week.snapshots.filter((s) => s.at >= todayStart).length);
    expect(reads.get('replyEvents')).toBe(rows.events.length);
  });

  it('before any roll-up it falls back to raw rows for the whole range', async () => {
    const { ctx, week } = await seededDb();
    const fromDb = await loadDashboard(ctx.db, { range: '7d', now: NOW });
    expect(fromDb.replies.total.sent).toBe(week.events.filter((e) => e.kind === 'sent').length);
  });

  it('counts a reply written after the roll-up ran (today) on top of the rolled days', async () => {
    const { ctx } = await seededDb();
    await runMaintenanceUntilDone(ctx.db, { now: NOW });
    const before = await loadDashboard(ctx.db, { range: '7d', now: NOW });
    await ctx.db.replyEvents.add(replyEvent({ platform: 'x', at: NOW - 1000 }));
    const after = await loadDashboard(ctx.db, { range: '7d', now: NOW });
    expect(after.replies.total.sent).toBe(before.replies.total.sent + 1);
    expect(after.replies.perPlatform.x.sent).toBe(before.replies.perPlatform.x.sent + 1);
  });

  it('a month report reads roll-ups of that month', async () => {
    const { ctx, week } = await seededDb();
    await runMaintenanceUntilDone(ctx.db, { now: NOW });
    const feb = await loadDashboard(ctx.db, { range: { month: '2025-02' }, now: NOW });
    const febStart = wib(2025, 2, 1);
    const marStart = wib(2025, 3, 1);
    expect(feb.range.days[0]).toBe('2025-02-01');
    expect(feb.range.days.length).toBe(28);
    expect(feb.replies.total.sent).toBe(week.events.filter((e) => e.kind === 'sent' && e.at >= febStart && e.at < marStart).length);
  });

  it('uses the latest follower count from before the range for rates by followers', async () => {
    const ctx = testContext(NOW);
    await writeSettings(ctx.db, { accounts: [{ platform: 'x', handle: 'humas_kota', role: 'own' }], timeZone: 'WIB' });
    await ctx.db.snapshots.bulkAdd([
      snap({ id: 'prof', kind: 'profile', postId: 'humas_kota', at: NOW - 20 * DAY, counts: { followers: { value: 1000, exact: true } } }),
      snap({ id: 'p1', at: NOW - 1000, postedAt: NOW - 2000, counts: { likes: { value: 50, exact: true } } }),
    ]);
    const d = await loadDashboard(ctx.db, { range: 'today', now: NOW });
    expect(d.topPosts[0]?.rate).toMatchObject({ denominator: 'followers', value: 0.05 });
  });
});

describe('the chart and the badge measure a gain from the same reading', () => {
  it.each([
    ['raw rows only', false],
    ['after the roll-up of the older days', true],
  ])('%s: a post last seen three days ago gains today what its badge shows (+12), not 0', async (_name, rolled) => {
    const ctx = testContext(NOW);
    await writeSettings(ctx.db, { accounts: [{ platform: 'x', handle: 'humas_kota', role: 'own' }], timeZone: 'WIB' });
    const old = snap({ id: 'old', at: NOW - 3 * DAY, postedAt: NOW - 10 * DAY, counts: { likes: { value: 100, exact: true } } });
    const today = snap({ id: 'today', at: NOW - 1000, postedAt: NOW - 10 * DAY, counts: { likes: { value: 112, exact: true } } });
    await ctx.db.snapshots.bulkAdd([old, today]);
    if (rolled) await runMaintenanceUntilDone(ctx.db, { now: NOW });
    const d = await loadDashboard(ctx.db, { range: 'today', now: NOW });
    expect(d.engagementTrend[0]?.points.at(-1)?.interactions).toBe(12);
    // The older reading is a baseline only: today's snapshot count is 1.
    expect(d.snapshots.total).toBe(1);
  });
});

describe('roll-up rows cached by day within one maintenance generation', () => {
  it('switching 7d → 30d reads only the new days; a maintenance run or a wipe starts over', async () => {
    const { ctx, reads } = await seededDb();
    await runMaintenanceUntilDone(ctx.db, { now: NOW });
    // Roll-ups exist for 27 Feb – 4 Mar only; widen the ranges over them.
    const first = await loadDashboard(ctx.db, { range: '7d', now: NOW });
    const after7 = reads.get('snapshotRollups') ?? 0;
    expect(after7).toBeGreaterThan(0);
    const again = await loadDashboard(ctx.db, { range: '30d', now: NOW });
    expect(reads.get('snapshotRollups')).toBe(after7); // every rolled day was read already
    expect(again.replies.total.sent).toBe(first.replies.total.sent);
    await runMaintenanceUntilDone(ctx.db, { now: NOW + 1 });
    const beforeReload = reads.get('snapshotRollups') ?? 0;
    await loadDashboard(ctx.db, { range: '7d', now: NOW });
    expect((reads.get('snapshotRollups') ?? 0) - beforeReload).toBe(after7);
    const { wipeHistory } = await import('@/lib/handlers/history');
    await wipeHistory(ctx);
    const empty = await loadDashboard(ctx.db, { range: '7d', now: NOW });
    expect(empty.replies.total.sent).toBe(0);
    expect(empty.snapshots.total).toBe(0);
  });
});
