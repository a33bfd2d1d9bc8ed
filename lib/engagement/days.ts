import { TZDate, tz, tzOffset } from '@date-fns/tz';
import { addDays, addMonths, format, startOfDay } from 'date-fns';
import { IANA_TIME_ZONE, timeZoneIdSchema, type TimeZoneId } from '@/lib/schemas/common';
import type { DayKey } from '@/lib/schemas/rollup';

/** The agency's zone as stored in settings ('WIB' | 'WITA' | 'WIT') or any IANA name. */
export type ZoneInput = TimeZoneId | (string & {});

const validIana = new Set<string>();

/** The IANA name for a zone; throws RangeError on a name the runtime does not know. */
export function ianaZone(zone: ZoneInput): string {
  const parsed = timeZoneIdSchema.safeParse(zone);
  const iana = parsed.success ? IANA_TIME_ZONE[parsed.data] : zone;
  if (!validIana.has(iana)) {
    // Throws RangeError for unknown zones, so a typo fails loudly instead of bucketing in UTC.
    new Intl.DateTimeFormat('en', { timeZone: iana });
    validIana.add(iana);
  }
  return iana;
}

// Every zone offset and every offset change falls on a 15-minute boundary, so all instants of
// one 15-minute slot share a calendar day: cache per slot (day keys are computed per row of
// 100,000-row tables, and formatting through Intl each time costs ~10 µs).
const SLOT_MS = 15 * 60_000;
const slotCache = new Map<string, Map<number, DayKey>>();

/** The calendar day ('yyyy-MM-dd') of an instant in the agency's zone. */
export function dayKey(at: number, zone: ZoneInput): DayKey {
  const iana = ianaZone(zone);
  let cache = slotCache.get(iana);
  if (!cache) {
    cache = new Map();
    slotCache.set(iana, cache);
  }
  const slot = Math.floor(at / SLOT_MS);
  const hit = cache.get(slot);
  if (hit !== undefined) return hit;
  const offsetMin = tzOffset(iana, new Date(at));
  const key = new Date(at + offsetMin * 60_000).toISOString().slice(0, 10);
  if (cache.size > 100_000) cache.clear();
  cache.set(slot, key);
  return key;
}

/** Local midnight (epoch ms) of the day containing `at`. */
export function startOfDayAt(at: number, zone: ZoneInput): number {
  return startOfDay(at, { in: tz(ianaZone(zone)) }).getTime();
}

/** Local midnight (epoch ms) at the start of a day key. */
export function dayStart(day: DayKey, zone: ZoneInput): number {
  const [y, m, d] = day.split('-').map(Number);
  return new TZDate(y ?? NaN, (m ?? NaN) - 1, d ?? NaN, ianaZone(zone)).getTime();
}

/** The day key `n` calendar days after (or before, n < 0) `day`. */
export function addDayKeys(day: DayKey, n: number): DayKey {
  // Calendar arithmetic on the date itself: zone-independent (no DST in the key).
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, (d ?? NaN) + n)).toISOString().slice(0, 10);
}

/** Every day key from `first` to `last`, inclusive. */
export function daysFromTo(first: DayKey, last: DayKey): DayKey[] {
  const out: DayKey[] = [];
  for (let day = first; day <= last && out.length <= 3700; day = addDayKeys(day, 1)) out.push(day);
  return out;
}

export const RANGE_IDS = ['today', '7d', '30d', '90d'] as const;
export type RangeId = (typeof RANGE_IDS)[number];
const RANGE_DAYS: Record<RangeId, number> = { today: 1, '7d': 7, '30d': 30, '90d': 90 };

/**
 * A span of whole local days ending now. `from` is local midnight of the first day (inclusive),
 * `to` is `now` (inclusive), `days` lists the day keys oldest first. "7d" is today and the six
 * days before it, so its first point is a full day and its last point is today so far.
 */
export interface RangeBounds {
  from: number;
  to: number;
  days: DayKey[];
}

export function rangeBounds(range: RangeId, now: number, zone: ZoneInput): RangeBounds {
  const zoneIn = { in: tz(ianaZone(zone)) };
  const span = RANGE_DAYS[range];
  const from = startOfDay(addDays(now, -(span - 1), zoneIn), zoneIn).getTime();
  return { from, to: now, days: daysFromTo(dayKey(from, zone), dayKey(now, zone)) };
}

/** A calendar month 'yyyy-MM' for reports, cut at `now` when it is the current month. */
export function monthBounds(month: string, now: number, zone: ZoneInput): RangeBounds {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  const iana = ianaZone(zone);
  const start = new TZDate(Number(match[1]), Number(match[2]) - 1, 1, iana);
  const from = start.getTime();
  const end = addMonths(start, 1, { in: tz(iana) }).getTime() - 1;
  const to = Math.min(end, now);
  if (to < from) return { from, to: from - 1, days: [] };
  return { from, to, days: daysFromTo(dayKey(from, zone), dayKey(to, zone)) };
}

/** The month ('yyyy-MM') an instant falls in, in the agency's zone. */
export function monthKey(at: number, zone: ZoneInput): string {
  return format(at, 'yyyy-MM', { in: tz(ianaZone(zone)) });
}
