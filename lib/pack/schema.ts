import { z } from 'zod';
import { sopProfileSchema } from '@/lib/schemas/profile';
import { templateSchema } from '@/lib/schemas/template';

/**
 * The SOP pack: one JSON file an admin hands to a colleague (or a central Humas office to its
 * units) that carries the persona, the checker's rule settings and word lists, and the reply
 * templates. Versioned with `schemaVersion`; older versions are upgraded by lib/pack/migrations.ts.
 *
 * The profile and template shapes are the database's own (lib/schemas): the pack follows them.
 */
export const PACK_KIND = 'pranata-sop-pack';
export const PACK_SCHEMA_VERSION = 2;
/** Larger than any real pack (1000 templates of 5000 characters would be 5 MB; real ones are ~50 kB). */
export const PACK_MAX_BYTES = 2 * 1024 * 1024;
export const PACK_MAX_TEMPLATES = 1000;

/** Profile fields that travel in their own pack sections (`rules`, `wordLists`). */
const SPLIT_FIELDS = {
  bannedWords: true,
  preferredWords: true,
  allowWords: true,
  rules: true,
  rulePacks: true,
  customRules: true,
} as const;

/** The persona part of the profile: everything except rule settings and word lists. */
export const packProfileSchema = sopProfileSchema.omit(SPLIT_FIELDS);
export type PackProfile = z.infer<typeof packProfileSchema>;

const profileShape = sopProfileSchema.shape;

export const packRulesSchema = z.object({
  /** Per rule id: on/off and severity (profile.rules). */
  settings: profileShape.rules,
  /** The admin's own pattern rules (profile.customRules): checked for unsafe patterns on import. */
  custom: profileShape.customRules,
  /** Word packs switched on for a date range (profile.rulePacks). */
  packs: profileShape.rulePacks,
  /** The checker and QC-gate switches of the settings: part of how the SOP is enforced. */
  checkerEnabled: z.boolean().optional(),
  qcGateEnabled: z.boolean().optional(),
});
export type PackRules = z.infer<typeof packRulesSchema>;

export const packWordListsSchema = z.object({
  banned: profileShape.bannedWords,
  preferred: profileShape.preferredWords,
  allow: profileShape.allowWords,
});
export type PackWordLists = z.infer<typeof packWordListsSchema>;

/** Templates without the exporting admin's own usage (favourite, counts, last use). */
export const packTemplateSchema = templateSchema.omit({ favorite: true, usageCount: true, lastUsedAt: true });
export type PackTemplate = z.infer<typeof packTemplateSchema>;

function duplicates<T>(items: readonly T[], key: (t: T) => string | undefined): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (k === undefined) return;
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

export const packV2Schema = z
  .strictObject({
    kind: z.literal(PACK_KIND),
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    /** For the person receiving the file: whose SOP this is. */
    agencyName: z.string().trim().max(160),
    exportedAt: z.iso.datetime({ offset: true }),
    appVersion: z.string().max(40),
    profile: packProfileSchema,
    rules: packRulesSchema,
    wordLists: packWordListsSchema,
    templates: z.array(packTemplateSchema).max(PACK_MAX_TEMPLATES),
  })
  .superRefine((pack, ctx) => {
    // Two entries with one identity would make the preview's matching ambiguous.
    const dupe = (path: (string | number)[], value: string) =>
      ctx.addIssue({ code: 'custom', path, message: 'duplicate', params: { duplicate: value } });
    for (const i of duplicates(pack.templates, (t) => t.id)) dupe(['templates', i, 'id'], pack.templates[i]?.id ?? '');
    for (const i of duplicates(pack.templates, (t) => t.shortcut)) dupe(['templates', i, 'shortcut'], pack.templates[i]?.shortcut ?? '');
    for (const i of duplicates(pack.templates, (t) => t.starterId)) dupe(['templates', i, 'starterId'], pack.templates[i]?.starterId ?? '');
    for (const i of duplicates(pack.rules.custom, (r) => r.id)) dupe(['rules', 'custom', i, 'id'], pack.rules.custom[i]?.id ?? '');
    for (const i of duplicates(pack.rules.packs, (r) => r.id)) dupe(['rules', 'packs', i, 'id'], pack.rules.packs[i]?.id ?? '');
  });

export type SopPack = z.infer<typeof packV2Schema>;
