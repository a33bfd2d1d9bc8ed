import { z } from 'zod';
import { dateBoundSchema, epochMsSchema, idSchema, platformIdSchema, severitySchema } from './common';

/** How the persona addresses citizens. */
export const addressFormSchema = z.enum(['anda', 'bapak-ibu', 'kak', 'sobat', 'custom']);
export type AddressForm = z.infer<typeof addressFormSchema>;

const wordSchema = z.string().trim().min(1).max(80);

/**
 * Most per-rule settings a profile holds: every built-in rule and every custom one (100) fit many
 * times over; a pack with 60,000 keys (issue 21) does not.
 */
export const MAX_RULE_SETTINGS = 500;

/** A rule's on/off switch and severity override, keyed by rule id. */
export const ruleSettingSchema = z.object({
  enabled: z.boolean().optional(),
  severity: severitySchema.optional(),
});
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/**
 * Words switched on for a date range, e.g. party and candidate names during an election.
 * Active while from <= now <= to (a pack whose "to" is before its "from" is never active).
 */
export const rulePackSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(120),
  from: dateBoundSchema,
  to: dateBoundSchema,
  words: z.array(wordSchema).max(2000),
  severity: severitySchema,
  /** Shown with each finding, e.g. "Masa kampanye Pilkada 2029: netralitas ASN". */
  message: z.string().max(300).optional(),
});
export type RulePack = z.infer<typeof rulePackSchema>;

/** Does the text compile as a JavaScript regular expression (with or without the u flag)? */
function compiles(pattern: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return true;
    } catch {
      // try the next flag set
    }
  }
  return false;
}

/**
 * A custom pattern rule the admin types. The schema only checks that it compiles; whether it is
 * safe and fast enough is checked at save by validateCustomRule in lib/style (ReDoS analysis
 * plus a timed probe), which is too heavy for a schema.
 */
export const customRuleSchema = z.object({
  /** Findings of this rule carry this id, e.g. "custom.sebut-merek". */
  id: z.string().regex(/^custom\.[a-z0-9-]{1,40}$/),
  pattern: z.string().min(1).max(300).refine(compiles, 'pattern'),
  flags: z.string().regex(/^[imu]*$/).max(3),
  message: z.string().trim().min(1).max(300),
  severity: severitySchema,
  replacement: z.string().max(200).optional(),
});
export type CustomRule = z.infer<typeof customRuleSchema>;

/** The response target when the profile sets none: a working day and night, 1 × 24 jam. */
export const DEFAULT_RESPONSE_TARGET_HOURS = 24;

export const sopProfileSchema = z.object({
  id: idSchema,
  /** Name of the profile itself, e.g. "Instansi Pemerintah (umum)". */
  name: z.string().trim().min(1).max(120),
  agencyName: z.string().trim().max(160),
  personaName: z.string().trim().max(80),
  addressForm: addressFormSchema,
  /** What the profile is for, shown when choosing one on first run. */
  description: z.string().trim().max(500).optional(),
  /** Used when addressForm is "custom", e.g. "Dulur". */
  customAddress: z.string().trim().max(40).optional(),
  /** What {nama} falls back to when the citizen's name is unknown, e.g. "Kak", "Bapak/Ibu". */
  nameFallback: z.string().trim().max(40),
  register: z.enum(['formal', 'semi-formal']),
  greetingRequired: z.boolean(),
  /** Greetings the agency uses besides the built-in ones (Halo, Selamat pagi, Salam...), e.g. "Rahayu". */
  greetings: z.array(wordSchema).max(50).optional(),
  /**
   * Sign-off the reply must end with, e.g. "-Admin", "^RN". Empty: none required.
   * "{inisial}" stands for the initials of whichever admin is on duty: "^{inisial}" accepts "^RN", "^AB".
   */
  signOff: z.string().trim().max(40),
  emojiLimit: z.number().int().min(0).max(50),
  /** Most hashtags in one reply; absent means 2. */
  hashtagLimit: z.number().int().min(0).max(30).optional(),
  lengthLimits: z.partialRecord(platformIdSchema, z.number().int().positive().max(100000)),
  /** Official link domains besides *.go.id, e.g. "lapor.go.id", "kemkes.go.id", "instagram.com/humas". */
  officialDomains: z.array(z.string().trim().min(1).max(120)).max(200),
  bannedWords: z.array(wordSchema).max(2000),
  /** Word → preferred replacement. */
  preferredWords: z.array(z.object({ word: wordSchema, replacement: z.string().trim().max(80) })).max(2000),
  /** Words the agency legitimately uses and no word rule may flag ("sampah" for a waste service). */
  allowWords: z.array(wordSchema).max(2000),
  /** On/off and severity per rule id (registry ids, or custom.* ids). */
  rules: z
    .record(z.string().max(80), ruleSettingSchema)
    .refine((r) => Object.keys(r).length <= MAX_RULE_SETTINGS, `at most ${MAX_RULE_SETTINGS} rule settings`),
  rulePacks: z.array(rulePackSchema).max(50),
  customRules: z.array(customRuleSchema).max(100),
  /**
   * The agency's response target for citizens' comments, in hours ("Perlu dibalas", issue 17);
   * absent means DEFAULT_RESPONSE_TARGET_HOURS. Up to 30 days, the comments' default retention.
   */
  responseTargetHours: z.number().int().min(1).max(720).optional(),
  /** Warn when an own account posts more than this many times a day. */
  postsPerDayLimit: z.number().int().min(1).max(100),
  /** Complaint channel, PPID and links used by the templates' variables. */
  channels: z.object({
    complaint: z.string().trim().max(200),
    ppid: z.string().trim().max(200),
    website: z.string().trim().max(200),
  }),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type SopProfile = z.infer<typeof sopProfileSchema>;
