import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms/meta';
import { MESSAGE_LIMITS } from '@/lib/messaging-limits';

export { PLATFORM_IDS, type PlatformId } from '@/lib/platforms/meta';

/** The platforms Pranata works on: the ids of lib/platforms/meta.ts. */
export const platformIdSchema = z.enum(PLATFORM_IDS);

/** Epoch milliseconds: payloads stay JSON-plain (no Date objects cross a message boundary). */
export const epochMsSchema = z.number().int().nonnegative().max(8.64e15);

/** Ids we mint are UUIDs; ids read from a page (post ids) are short opaque strings. */
export const idSchema = z.string().min(1).max(MESSAGE_LIMITS.idLength);

/** Free text from the admin or from a page: bounded so one bad value cannot fill the disk. */
export const textSchema = (max: number) => z.string().max(max);

/** The agency's time zone: Indonesia has three. */
export const timeZoneIdSchema = z.enum(['WIB', 'WITA', 'WIT']);
export type TimeZoneId = z.infer<typeof timeZoneIdSchema>;
export const IANA_TIME_ZONE: Record<TimeZoneId, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export const uiLanguageSchema = z.enum(['id', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;
