import type { AlarmsApi } from '@/lib/setup/maintenance-alarm';

export const BADGE_ALARM = 'pranata-inbox-badge';
/**
 * How often the badge is recounted when nothing is written: a comment crosses the target with
 * the clock alone. 15 minutes is a small error against targets of hours, and cheap (one index read).
 */
export const BADGE_PERIOD_MINUTES = 15;

/** Creates the periodic badge alarm once (an existing one keeps its schedule). */
export async function ensureBadgeAlarm(alarms: AlarmsApi): Promise<void> {
  if (await alarms.get(BADGE_ALARM)) return;
  await alarms.create(BADGE_ALARM, { when: Date.now() + BADGE_PERIOD_MINUTES * 60_000, periodInMinutes: BADGE_PERIOD_MINUTES });
}
