import { z } from 'zod';
import { issuesToErrors, type Result } from './errors';
import { PACK_KIND, PACK_SCHEMA_VERSION } from './schema';

/**
 * Numbered pack format versions, kept forever: a file written by any earlier Pranata is
 * upgraded step by step to the current format (lib/pack/schema.ts) before it is validated.
 * Never edit a released step; add a new one and bump PACK_SCHEMA_VERSION.
 *
 * Each step checks only the shape it reads (the full check runs on the current format), and
 * maps a place in its output back to the place in its input, so an error in an old file names
 * the field as that file spells it.
 *
 * Version history
 * - 1: `{ kind, schemaVersion: 1, agency, exportedAt (epoch ms), profile, templates }`. The
 *   profile carried its word lists (bannedWords, preferredWords, allowWords) and rule settings
 *   (rules, rulePacks, customRules) inside it; templates carried the exporter's own usage
 *   (favorite, usageCount, lastUsedAt) and could leave out `language` and `platforms`.
 * - 2 (current): agency name as `agencyName`, export date as an ISO 8601 string, the app version,
 *   rule settings (with the checker and QC-gate switches) in `rules`, word lists in `wordLists`,
 *   templates without usage.
 */
export interface PackMigration {
  from: number;
  to: number;
  /** The shape this step reads, in the `from` format. */
  input: z.ZodType<Record<string, unknown>>;
  up(doc: Record<string, unknown>): Record<string, unknown>;
  /** Where a field of the `to` format came from in the `from` format. */
  pathBack(path: readonly PropertyKey[]): readonly PropertyKey[];
}

const record = z.record(z.string(), z.unknown());

const v1Input = z.object({
  kind: z.literal(PACK_KIND),
  schemaVersion: z.literal(1),
  agency: z.string(),
  exportedAt: z.number().int().nonnegative().max(8.64e15),
  profile: record,
  templates: z.array(record),
});

/** v2 section/field → v1 profile field. */
const V1_PROFILE_FIELD: Record<string, Record<string, string>> = {
  wordLists: { banned: 'bannedWords', preferred: 'preferredWords', allow: 'allowWords' },
  rules: { settings: 'rules', custom: 'customRules', packs: 'rulePacks' },
};

export const PACK_MIGRATIONS: readonly PackMigration[] = [
  {
    from: 1,
    to: 2,
    input: v1Input,
    up(doc) {
      const v1 = doc as z.infer<typeof v1Input>;
      const { bannedWords, preferredWords, allowWords, rules, rulePacks, customRules, ...persona } = v1.profile;
      return {
        kind: PACK_KIND,
        schemaVersion: 2,
        agencyName: v1.agency,
        exportedAt: new Date(v1.exportedAt).toISOString(),
        // Version 1 did not record which Pranata wrote it.
        appVersion: '',
        profile: persona,
        rules: { settings: rules ?? {}, custom: customRules ?? [], packs: rulePacks ?? [] },
        wordLists: { banned: bannedWords ?? [], preferred: preferredWords ?? [], allow: allowWords ?? [] },
        templates: v1.templates.map((t) => {
          const { favorite: _f, usageCount: _u, lastUsedAt: _l, ...rest } = t;
          return { language: 'id', platforms: [], ...rest };
        }),
      };
    },
    pathBack(path) {
      const [section, field, ...rest] = path;
      if (section === 'agencyName') return ['agency', ...path.slice(1)];
      if (typeof section === 'string' && typeof field === 'string') {
        const v1Field = V1_PROFILE_FIELD[section]?.[field];
        if (v1Field) return ['profile', v1Field, ...rest];
      }
      return path;
    },
  },
];

/** Checks that the steps form one chain ending at the current version (a test runs it). */
export function migrationChainIsComplete(): boolean {
  let v = 1;
  for (const m of PACK_MIGRATIONS) {
    if (m.from !== v || m.to !== v + 1) return false;
    v = m.to;
  }
  return v === PACK_SCHEMA_VERSION;
}

export interface Migrated {
  doc: Record<string, unknown>;
  /** A place in the current format → the same place in the file as it was written. */
  pathBack(path: readonly PropertyKey[]): readonly PropertyKey[];
}

/** Upgrades a document of `version` to the current format, or says where its old shape is wrong. */
export function migratePack(doc: Record<string, unknown>, version: number): Result<Migrated> {
  let current = doc;
  // Applied newest-first to a path of the current format, in reverse order of the steps taken.
  const backs: PackMigration['pathBack'][] = [];
  const toFile = (path: readonly PropertyKey[]) => backs.reduceRight((p, back) => back(p), path);
  for (const step of PACK_MIGRATIONS) {
    if (step.from < version) continue;
    const parsed = step.input.safeParse(current);
    if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, current, toFile) };
    current = step.up(parsed.data);
    backs.push(step.pathBack);
  }
  return { ok: true, value: { doc: current, pathBack: toFile } };
}
