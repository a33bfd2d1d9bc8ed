import { UTC_OFFSET_HOURS, type TimeZoneId } from '@/lib/schemas/time-zone';

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

// Indonesian month names (KBBI), as date-fns's `id` locale writes them.
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/**
 * `now` as a UTC date whose fields are the agency's wall clock. The zones have fixed offsets
 * (UTC_OFFSET_HOURS), so this is exact; it keeps date-fns and its zone data out of the page
 * (issue 19: 8 KB gzip of overlay-ui.js for two template variables).
 */
function wallClock(now: number, timeZone: TimeZoneId): Date {
  return new Date(now + UTC_OFFSET_HOURS[timeZone] * 3_600_000);
}

/** The hour (0–23) at `now` in the agency's zone. */
export function hourIn(now: number, timeZone: TimeZoneId): number {
  return wallClock(now, timeZone).getUTCHours();
}

export function greetingAt(now: number, timeZone: TimeZoneId): Greeting {
  const hour = hourIn(now, timeZone);
  let greeting: Greeting = 'Selamat malam'; // 00:00–03:59 continue the night before
  for (const start of GREETING_STARTS) if (hour >= start.hour) greeting = start.greeting;
  return greeting;
}

/** "23 November 2026": the date at `now` in the agency's zone, Indonesian month names. */
export function dateAt(now: number, timeZone: TimeZoneId): string {
  const d = wallClock(now, timeZone);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}
