import { describe, expect, it } from 'vitest';
import { runMaintenance, runMaintenanceUntilDone } from '@/lib/db/maintenance';
import { readRollupState } from '@/lib/db/rollup-state';
import { writeSettings } from '@/lib/db/settings';
import { dayKey, dayStart } from '@/lib/engagement/days';
import { seededWeek, WEEK_ACCOUNTS } from '../engagement/week';
import { DAY, HOUR, NOW, snap, reply, wib } from '../engagement/fixtures';
import { testContext } from '../helpers/db';

async function seeded(retentionDays = 90) {
  const ctx = testContext(NOW);
  await writeSettings(ctx.db, { accounts: WEEK_ACCOUNTS, timeZone: 'WIB', retentionDays });
  const week = seededWeek();
  await ctx.db.snapshots.bulkAdd(week.snapshots);
  await ctx.db.replyEvents.bulkAdd(week.events);
  return { ctx, week };
}

const TODAY_START = dayStart('2025-03-05', 'WIB');

describe('roll-up maintenance', () => {
  it('rolls every finished day up, leaves today raw and moves the watermark to yesterday', async () => {
    const { ctx, week } = await seeded();
    const r = await runMaintenance(ctx.db, { now: NOW });
    expect(r.rolledThrough).toBe('2025-03-04');
    expect(r.more).toBe(false);
    expect((await readRollupState(ctx.db))?.rolledThrough).toBe('2025-03-04');
    const rollDays = new Set((await ctx.db.snapshotRollups.toArray()).map((x) => x.day));
    expect([...rollDays].sort()).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04']);
    // Nothing past retention: every raw row is kept.
    expect(await ctx.db.snapshots.count()).toBe(week.snapshots.length);
    expect(r.deletedSnapshots).toBe(0);
    // The roll-ups stand for every finished day's snapshot and event.
    const rolledSamples = (await ctx.db.snapshotRollups.toArray()).reduce((s, x) => s + Number(x.samples), 0);
    expect(rolledSamples).toBe(week.snapshots.filter((s) => s.at < TODAY_START).length);
    const rolledEvents = (await ctx.db.replyRollups.toArray()).reduce((s, x) => s + Number(x.events), 0);
    expect(rolledEvents).toBe(week.events.filter((e) => e.at < TODAY_START).length);
  });

  it('is idempotent: a second run writes the same roll-ups and deletes nothing more', async () => {
    const { ctx } = await seeded(7);
    const first = await runMaintenance(ctx.db, { now: NOW });
    const rollups = await ctx.db.snapshotRollups.toArray();
    const replies = await ctx.db.replyRollups.toArray();
    const raw = await ctx.db.snapshots.count();
    const second = await runMaintenance(ctx.db, { now: NOW });
    expect(await ctx.db.snapshotRollups.toArray()).toEqual(rollups);
    expect(await ctx.db.replyRollups.toArray()).toEqual(replies);
    expect(await ctx.db.snapshots.count()).toBe(raw);
    expect(second.deletedSnapshots + second.deletedEvents).toBe(0);
    expect(second.rolledThrough).toBe(first.rolledThrough);
  });

  it.each([
    // retention days, now, the first local day whose raw rows are kept
    [7, 2, '2025-03-01'],
    [7, 6, '2025-03-05'],
    [90, 6, '2025-02-27'],
  ])('retention %i days, %i days later: deletes raw rows before %s, only after rolling them', async (retentionDays, later, keepFrom) => {
    const now = NOW + later * DAY;
    const { ctx, week } = await seeded(retentionDays);
    const r = await runMaintenanceUntilDone(ctx.db, { now });
    const left = await ctx.db.snapshots.toArray();
    expect(left.every((s) => dayKey(s.at, 'WIB') >= keepFrom)).toBe(true);
    expect(left.length).toBe(week.snapshots.filter((s) => dayKey(s.at, 'WIB') >= keepFrom).length);
    expect(r.deletedSnapshots).toBe(week.snapshots.length - left.length);
    // Every deleted row lives on in a roll-up: the samples add up to all the week's snapshots
    // of finished days.
    const rolledSamples = (await ctx.db.snapshotRollups.toArray()).reduce((s, x) => s + Number(x.samples), 0);
    expect(rolledSamples).toBe(week.snapshots.filter((s) => dayKey(s.at, 'WIB') < dayKey(now, 'WIB')).length);
  });

  it('never deletes a row it has not rolled: the per-run day cap holds deletion back too', async () => {
    const ctx = testContext(NOW);
    await writeSettings(ctx.db, { timeZone: 'WIB', retentionDays: 7 });
    // 60 days of one snapshot a day, long past a 7-day retention.
    const rows = Array.from({ length: 60 }, (_, i) => snap({ id: `old-${i}`, at: wib(2024, 11, 1, 9) + i * DAY }));
    await ctx.db.snapshots.bulkAdd(rows);
    const r = await runMaintenance(ctx.db, { now: NOW, maxDays: 10 });
    expect(r.more).toBe(true);
    expect(r.deletedSnapshots).toBe(10);
    const rolledDays = new Set((await ctx.db.snapshotRollups.toArray()).map((x) => x.day));
    const remaining = await ctx.db.snapshots.toArray();
    // Every row gone is in a roll-up day; every row left is either not rolled yet or kept.
    for (const row of rows) {
      const gone = !remaining.some((x) => x.id === row.id);
      if (gone) expect(rolledDays.has(dayKey(row.at, 'WIB'))).toBe(true);
    }
    const done = await runMaintenanceUntilDone(ctx.db, { now: NOW, maxDays: 10 });
    expect(done.more).toBe(false);
    expect(await ctx.db.snapshots.count()).toBe(0);
    expect((await ctx.db.snapshotRollups.toArray()).reduce((s, x) => s + Number(x.samples), 0)).toBe(60);
  });

  it('picks up a row that arrived for yesterday after yesterday was rolled', async () => {
    const ctx = testContext(NOW);
    await writeSettings(ctx.db, { timeZone: 'WIB' });
    await ctx.db.replyEvents.add(reply({ id: 'a', at: wib(2025, 3, 4, 23, 50) }));
    await runMaintenance(ctx.db, { now: wib(2025, 3, 5, 0, 1) });
    // A retried send from 23:59 lands at 00:02.
    await ctx.db.replyEvents.add(reply({ id: 'late', at: wib(2025, 3, 4, 23, 59) }));
    await runMaintenance(ctx.db, { now: wib(2025, 3, 5, 0, 5) });
    const row = await ctx.db.replyRollups.get('r|2025-03-04|x');
    expect(row?.events).toBe(2);
  });

  it('on an empty database only sets the watermark', async () => {
    const ctx = testContext(NOW);
    const r = await runMaintenance(ctx.db, { now: NOW });
    expect(r.rolledThrough).toBe('2025-03-04');
    expect(await ctx.db.snapshotRollups.count()).toBe(0);
  });

  it('leaves today alone whatever the retention', async () => {
    const ctx = testContext(NOW);
    await writeSettings(ctx.db, { timeZone: 'WIB', retentionDays: 7 });
    await ctx.db.snapshots.bulkAdd([snap({ id: 't1', at: TODAY_START + HOUR }), snap({ id: 't2', at: NOW })]);
    await runMaintenance(ctx.db, { now: NOW });
    expect(await ctx.db.snapshots.count()).toBe(2);
    expect(await ctx.db.snapshotRollups.count()).toBe(0);
  });
});

describe('roll-up maintenance after rows arrive for days before the watermark', () => {
  it('rolls a year imported after the first (empty) run', async () => {
    const ctx = testContext(NOW);
    await writeSettings(ctx.db, { timeZone: 'WIB', retentionDays: 400 });
    await runMaintenance(ctx.db, { now: NOW }); // empty: watermark yesterday
    const rows = Array.from({ length: 40 }, (_, i) => snap({ id: `imp-${i}`, at: wib(2024, 12, 1, 9) + i * DAY }));
    await ctx.db.snapshots.bulkAdd(rows);
    const r = await runMaintenanceUntilDone(ctx.db, { now: NOW, maxDays: 31 });
    expect(r.rolledThrough).toBe('2025-03-04');
    expect((await ctx.db.snapshotRollups.toArray()).reduce((s, x) => s + Number(x.samples), 0)).toBe(40);
  });
});
