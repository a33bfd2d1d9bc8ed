import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms/meta';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';
import { TIME_ZONE_IDS } from './time-zone';

export { PLATFORM_IDS, type PlatformId } from '@/lib/platforms/meta';

/** The platforms Pranata works on: the ids of lib/platforms/meta.ts. */
export const platformIdSchema = z.enum(PLATFORM_IDS);

/**
 * The latest instant a stored time may name: 2100-01-01. Every stored time is bucketed into
 * local days (lib/engagement/days.ts), and a time near the Date range's end (8.64e15) throws a
 * RangeError there once the zone offset is added, which stopped the nightly maintenance for good
 * (issue 21). Nothing Pranata records happens after 2100.
 */
export const EPOCH_MS_MAX = Date.UTC(2100, 0, 1);

/** Epoch milliseconds: payloads stay JSON-plain (no Date objects cross a message boundary). */
export const epochMsSchema = z.number().int().nonnegative().max(EPOCH_MS_MAX);

/** A date bound the admin sets ("until further notice" may be far away): compared, never bucketed into days. */
export const dateBoundSchema = z.number().int().nonnegative().max(8.64e15);

/** Ids we mint are UUIDs; ids read from a page (post ids) are short opaque strings. */
export const idSchema = z.string().min(1).max(MESSAGE_LIMITS.idLength);

/** Free text from the admin or from a page: bounded so one bad value cannot fill the disk. */
export const textSchema = (max: number) => z.string().max(max);

/** The agency's time zone: Indonesia has three (the values live in ./time-zone.ts, free of zod). */
export const timeZoneIdSchema = z.enum(TIME_ZONE_IDS);
export { IANA_TIME_ZONE, TIME_ZONE_IDS, type TimeZoneId } from './time-zone';

export const uiLanguageSchema = z.enum(['id', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;
