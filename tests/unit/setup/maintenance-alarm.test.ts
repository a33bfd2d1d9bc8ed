import { describe, expect, it } from 'vitest';
import { ensureMaintenanceAlarm, MAINTENANCE_ALARM, nextRunAt } from '@/lib/setup/maintenance-alarm';
import { writeSettings } from '@/lib/db/settings';
import { testContext } from '../helpers/db';

describe('nightly maintenance alarm', () => {
  it.each([
    // now (UTC), zone, next run (UTC): 00:10 local tomorrow
    [Date.UTC(2026, 10, 23, 3, 0), 'WIB', Date.UTC(2026, 10, 23, 17, 10)],
    [Date.UTC(2026, 10, 23, 16, 59), 'WIB', Date.UTC(2026, 10, 23, 17, 10)],
    [Date.UTC(2026, 10, 23, 17, 0), 'WIB', Date.UTC(2026, 10, 24, 17, 10)],
    [Date.UTC(2026, 10, 23, 3, 0), 'WIT', Date.UTC(2026, 10, 23, 15, 10)],
    [Date.UTC(2026, 10, 23, 3, 0), 'WITA', Date.UTC(2026, 10, 23, 16, 10)],
  ])('at %i in %s the next run is %i', (now, zone, expected) => {
    expect(nextRunAt(now, zone)).toBe(expected);
  });

  it('creates the alarm once, in the agency zone, daily', async () => {
    const ctx = testContext();
    await writeSettings(ctx.db, { timeZone: 'WITA' });
    const created: { name: string; info: { when: number; periodInMinutes: number } }[] = [];
    const alarms = {
      get: async (name: string) => created.find((c) => c.name === name),
      create: (name: string, info: { when: number; periodInMinutes: number }) => {
        created.push({ name, info });
      },
    };
    const now = Date.UTC(2026, 10, 23, 3, 0);
    await ensureMaintenanceAlarm(alarms, ctx.db, now);
    await ensureMaintenanceAlarm(alarms, ctx.db, now + 1000);
    expect(created).toEqual([{ name: MAINTENANCE_ALARM, info: { when: Date.UTC(2026, 10, 23, 16, 10), periodInMinutes: 1440 } }]);
  });
});
