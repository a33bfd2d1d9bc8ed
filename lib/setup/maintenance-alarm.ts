import type { PranataDb } from '@/lib/db';
import { runMaintenanceUntilDone } from '@/lib/db/maintenance';
import { readSettings } from '@/lib/db/settings';
import { addDayKeys, dayKey, dayStart } from '@/lib/engagement/days';

export const MAINTENANCE_ALARM = 'pranata-rollup';
const DAY_MINUTES = 24 * 60;
/** Run a little after local midnight, when yesterday is over. */
const AFTER_MIDNIGHT_MS = 10 * 60_000;

/** The slice of chrome.alarms this needs (kept small so tests can pass a fake). */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> | void;
}

/** The next run time: 00:10 tomorrow in the agency's zone. */
export function nextRunAt(now: number, zone: string): number {
  return dayStart(addDayKeys(dayKey(now, zone), 1), zone) + AFTER_MIDNIGHT_MS;
}

/** Creates the daily alarm once (an existing one keeps its schedule). */
export async function ensureMaintenanceAlarm(alarms: AlarmsApi, db: PranataDb, now: number): Promise<void> {
  if (await alarms.get(MAINTENANCE_ALARM)) return;
  const { timeZone } = await readSettings(db);
  await alarms.create(MAINTENANCE_ALARM, { when: nextRunAt(now, timeZone), periodInMinutes: DAY_MINUTES });
}

/** One catch-up: rolls every finished day and applies retention. Never throws. */
export async function maintainNow(db: PranataDb, now: number): Promise<void> {
  try {
    await runMaintenanceUntilDone(db, { now });
  } catch {
    // Next startup or alarm tries again; the dashboard reads raw rows for unrolled days meanwhile.
  }
}
