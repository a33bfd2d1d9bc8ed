/**
 * The agency's time zone: Indonesia has three. Plain values without zod, so that code running in
 * a platform page (the palette's clock variables) can name them without pulling the validators
 * into overlay-ui.js; the schema is built from these in ./common.ts.
 */
export const TIME_ZONE_IDS = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZoneId = (typeof TIME_ZONE_IDS)[number];
export const IANA_TIME_ZONE: Record<TimeZoneId, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/**
 * Hours ahead of UTC. Fixed: none of the three has kept daylight saving time since 1988 (the IANA
 * database's Asia/Jakarta, Asia/Makassar, Asia/Jayapura), so the page can tell the hour and the
 * date without a time-zone library (tests/unit/templates/clock.test.ts proves it against @date-fns/tz).
 */
export const UTC_OFFSET_HOURS: Record<TimeZoneId, number> = { WIB: 7, WITA: 8, WIT: 9 };
