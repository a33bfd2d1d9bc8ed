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
