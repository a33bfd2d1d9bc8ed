import { z } from 'zod';
import { idSchema, platformIdSchema, timeZoneIdSchema, uiLanguageSchema } from './common';

export const accountRefSchema = z.object({
  platform: platformIdSchema,
  /** Handle without "@", lower case. */
  handle: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{1,60}$/),
  role: z.enum(['own', 'watched']),
});
export type AccountRef = z.infer<typeof accountRefSchema>;

/** Everything the admin sets once. One row in the settings table, key "main". */
export const settingsSchema = z.object({
  uiLanguage: uiLanguageSchema,
  timeZone: timeZoneIdSchema,
  activeProfileId: idSchema.optional(),
  /** The admin's own sign-off name used by {admin}, e.g. "RN". */
  adminSignOff: z.string().trim().max(40),
  accounts: z.array(accountRefSchema).max(100),
  snapshotIntervalMinutes: z.number().int().min(1).max(24 * 60),
  /** Raw snapshots older than this are rolled up into daily rows and removed. */
  retentionDays: z.number().int().min(7).max(3650),
  /** Citizens' comments (the "Perlu dibalas" queue) last seen longer ago than this are deleted. */
  commentRetentionDays: z.number().int().min(1).max(365),
  /** Keep a ≤ 140-character excerpt of each comment (off: ids, times, handle and category only). */
  commentExcerpts: z.boolean(),
  setupDone: z.boolean(),
  checkerEnabled: z.boolean(),
  qcGateEnabled: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'id',
  timeZone: 'WIB',
  adminSignOff: 'Admin',
  accounts: [],
  snapshotIntervalMinutes: 15,
  retentionDays: 90,
  commentRetentionDays: 30,
  commentExcerpts: false,
  setupDone: false,
  checkerEnabled: true,
  qcGateEnabled: true,
};
