import { tz } from '@date-fns/tz';
import { format, getHours } from 'date-fns';
import { id as localeId } from 'date-fns/locale';
import { IANA_TIME_ZONE, type TimeZoneId } from '@/lib/schemas/time-zone';

/**
 * Greeting by the hour in the agency's zone. Boundaries (hour the greeting starts, inclusive):
 * pagi 04:00–10:59, siang 11:00–14:59, sore 15:00–17:59, malam 18:00–03:59.
 * This follows common Indonesian usage: "siang" around midday heat, "sore" from mid-afternoon
 * until dusk (~18:00 across Indonesia, near the equator), "malam" after dark and before dawn prayers.
 */
export const GREETING_STARTS = [
  { hour: 4, greeting: 'Selamat pagi' },
  { hour: 11, greeting: 'Selamat siang' },
  { hour: 15, greeting: 'Selamat sore' },
  { hour: 18, greeting: 'Selamat malam' },
] as const;
export type Greeting = (typeof GREETING_STARTS)[number]['greeting'];

/** The hour (0–23) at `now` in the agency's zone. */
export function hourIn(now: number, timeZone: TimeZoneId): number {
  return getHours(now, { in: tz(IANA_TIME_ZONE[timeZone]) });
}

export function greetingAt(now: number, timeZone: TimeZoneId): Greeting {
  const hour = hourIn(now, timeZone);
  let greeting: Greeting = 'Selamat malam'; // 00:00–03:59 continue the night before
  for (const start of GREETING_STARTS) if (hour >= start.hour) greeting = start.greeting;
  return greeting;
}

/** "23 November 2026": the date at `now` in the agency's zone, Indonesian month names. */
export function dateAt(now: number, timeZone: TimeZoneId): string {
  return format(now, 'd MMMM yyyy', { locale: localeId, in: tz(IANA_TIME_ZONE[timeZone]) });
}
