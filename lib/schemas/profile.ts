import { z } from 'zod';
import { epochMsSchema, idSchema, platformIdSchema, severitySchema } from './common';

/** How the persona addresses citizens. */
export const addressFormSchema = z.enum(['anda', 'bapak-ibu', 'kak', 'sobat', 'custom']);
export type AddressForm = z.infer<typeof addressFormSchema>;

const wordSchema = z.string().trim().min(1).max(80);

/** A rule's on/off switch and severity override, keyed by rule id. */
export const ruleSettingSchema = z.object({
  enabled: z.boolean().optional(),
  severity: severitySchema.optional(),
});
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/** Words switched on for a date range, e.g. party and candidate names during an election. */
export const rulePackSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(120),
  from: epochMsSchema,
  to: epochMsSchema,
  words: z.array(wordSchema).max(2000),
  severity: severitySchema,
  message: z.string().max(300).optional(),
});
export type RulePack = z.infer<typeof rulePackSchema>;

/** A custom pattern rule the admin types: checked at save for unsafe (slow) regular expressions. */
export const customRuleSchema = z.object({
  id: z.string().regex(/^custom\.[a-z0-9-]{1,40}$/),
  pattern: z.string().min(1).max(300),
  flags: z.string().regex(/^[imu]*$/).max(3),
  message: z.string().trim().min(1).max(300),
  severity: severitySchema,
  replacement: z.string().max(200).optional(),
});
export type CustomRule = z.infer<typeof customRuleSchema>;

export const sopProfileSchema = z.object({
  id: idSchema,
  /** Name of the profile itself, e.g. "Instansi Pemerintah (umum)". */
  name: z.string().trim().min(1).max(120),
  agencyName: z.string().trim().max(160),
  personaName: z.string().trim().max(80),
  addressForm: addressFormSchema,
  /** Used when addressForm is "custom", e.g. "Dulur". */
  customAddress: z.string().trim().max(40).optional(),
  /** What {nama} falls back to when the citizen's name is unknown, e.g. "Kak", "Bapak/Ibu". */
  nameFallback: z.string().trim().max(40),
  register: z.enum(['formal', 'semi-formal']),
  greetingRequired: z.boolean(),
  /** Sign-off the reply must end with, e.g. "-Admin", "^RN". Empty: none required. */
  signOff: z.string().trim().max(40),
  emojiLimit: z.number().int().min(0).max(50),
  lengthLimits: z.partialRecord(platformIdSchema, z.number().int().positive().max(100000)),
  /** Official link domains besides *.go.id, e.g. "lapor.go.id", "kemkes.go.id", "instagram.com/humas". */
  officialDomains: z.array(z.string().trim().min(1).max(120)).max(200),
  bannedWords: z.array(wordSchema).max(2000),
  /** Word → preferred replacement. */
  preferredWords: z.array(z.object({ word: wordSchema, replacement: z.string().trim().max(80) })).max(2000),
  allowWords: z.array(wordSchema).max(2000),
  rules: z.record(z.string().max(80), ruleSettingSchema),
  rulePacks: z.array(rulePackSchema).max(50),
  customRules: z.array(customRuleSchema).max(100),
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
